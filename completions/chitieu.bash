# bash completion for chitieu. The options are read from `chitieu COMMAND --help` when asked, so
# the completion never lists an option the installed binary does not have, nor misses a new one.
_chitieu() {
    local cur prev words cword
    _init_completion || return
    local commands="report check targets schema calc units"
    local command="" i
    for ((i = 1; i < cword; i++)); do
        case "${words[i]}" in
            report | check | targets | schema | calc | units) command=${words[i]}; break ;;
        esac
    done
    if [[ -z $command ]]; then
        COMPREPLY=($(compgen -W "$commands --help --version" -- "$cur"))
        return
    fi
    local help
    help=$("${words[0]}" "$command" --help 2>/dev/null)
    # An option's values, when its help line lists them: "--format TEXT:{md,csv,json}=md".
    if [[ $prev == -* ]]; then
        local choices
        choices=$(grep -E -- "^ *(-[a-z],)?(--[a-z-]+,)?${prev}[ ,]" <<<"$help" | sed -n 's/.*TEXT:{\([^}]*\)}.*/\1/p' | head -1 | tr ',' ' ')
        if [[ -n $choices ]]; then
            COMPREPLY=($(compgen -W "$choices" -- "$cur"))
            return
        fi
        case $prev in
            -o | --output | -t | --targets | --out-dir | --map | --target-values | --roll-up | --crosswalk) _filedir; return ;;
        esac
    fi
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$(grep -o -- '--[a-z][a-z-]*' <<<"$help" | sort -u)" -- "$cur"))
        return
    fi
    case $command in
        targets) COMPREPLY=($(compgen -W "list show export" -- "$cur")) ;;
        schema) COMPREPLY=($(compgen -W "$(sed -n 's/^ *FORMAT TEXT:{\([^}]*\)}.*/\1/p' <<<"$help" | tr ',' ' ')" -- "$cur")) ;;
        calc) COMPREPLY=($(compgen -W "cagr required project share occupancy" -- "$cur")) ;;
        *) _filedir ;;
    esac
}
complete -F _chitieu chitieu
