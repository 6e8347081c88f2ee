#!/usr/bin/env bash
# completions/chitieu.bash offers the commands, a command's options from its --help, and an
# option's listed values. Runs the completion function as bash-completion would call it.
set -eo pipefail  # not -u: bash-completion's own functions read unset variables
chitieu=$1
source_dir=$2
bin=$(mktemp -d /tmp/chitieu-completion.XXXXXX)
trap 'rm -rf "$bin"' EXIT
ln -s "$chitieu" "$bin/chitieu"
export PATH="$bin:$PATH"
# bash-completion's helpers when the package is there; else the two the function uses.
if [ -f /usr/share/bash-completion/bash_completion ]; then
  source /usr/share/bash-completion/bash_completion
else
  _init_completion() { cur=${COMP_WORDS[COMP_CWORD]}; prev=${COMP_WORDS[COMP_CWORD-1]}; words=("${COMP_WORDS[@]}"); cword=$COMP_CWORD; }
  _filedir() { COMPREPLY=(); }
fi
source "$source_dir/completions/chitieu.bash"
complete_line() {  # the words of a command line, the last one being completed
  COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMPREPLY=()
  COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
  _chitieu
  printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' '
}
failed=0
expect() {
  local want=$1; shift
  local got; got=$(complete_line "$@")
  if [ "$got" != "$want" ]; then echo "completing '$*': got '$got', want '$want'" >&2; failed=1; fi
}
expect "check " chitieu ch
expect "--fill-down --format " chitieu report --f
expect "csv docx json md xlsx " chitieu report -f ""
expect "github json junit text " chitieu check --format ""
expect "export list show " chitieu targets ""
exit $failed
