// What a batch wrote into its --out-dir, kept beside the index (`.chitieu-manifest`), so that the
// next batch in the same folder can remove what this one wrote and it does not write again: last
// year's reports of communes that the 2025 reorganisation renamed must not sit beside this
// year's. Only files a batch wrote are ever removed, and only while they hold what it wrote (the
// manifest keeps each file's content hash): a file the user put there, or edited, stays.
// Private to the pipeline.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "chitieu/util/atomic_file.hpp"

namespace chitieu {

inline constexpr const char* kManifestName = ".chitieu-manifest";

// File name (relative to the batch folder, "charts/x.svg" for a chart) -> content hash: what a
// batch writes.
using BatchManifest = std::map<std::string, std::uint64_t>;
// The entries of a manifest as read: a name may come more than once, with the hash of this batch's
// content and with the previous batch's ("was"), because the manifest is renamed into place before
// the reports are: a run killed among the renames leaves some names holding the old content, and
// the next run must still know them as chitieu's.
using ManifestEntries = std::multimap<std::string, std::uint64_t>;

// FNV-1a, 64 bits: enough to tell "still what chitieu wrote" from "changed since".
std::uint64_t content_hash(std::string_view bytes);

// The manifest in `folder`: every entry it lists (written, was, stale), together; empty when
// there is none or it is not one chitieu wrote (a line it cannot read ends the reading: nothing
// unreadable is ever acted on).
ManifestEntries read_manifest(const OutputFolder& folder);
// `written`: this batch's files; `was`: the previous content of those of them that the previous
// batch wrote (still theirs until this batch's renames reach them); `stale`: the previous batch's
// that this one does not write, to be removed once the batch is in place (listed, so that a run
// stopped before removing them leaves them to the next).
std::string manifest_text(const BatchManifest& written, const ManifestEntries& was,
                          const ManifestEntries& stale);

// Removes the files `listed`, where each is still a regular file holding what the manifest says
// (opened relative to `folder`, no link followed; a name with a folder other than `charts/`, a
// hidden name or "..", is skipped). Returns how many were removed.
std::size_t remove_listed_files(const OutputFolder& folder, const ManifestEntries& listed);
// Those of `listed` that remove_listed_files would remove: the rest (edited, replaced, gone) are
// the user's now and are never listed again.
ManifestEntries still_as_written(const OutputFolder& folder, const ManifestEntries& listed);

}  // namespace chitieu
