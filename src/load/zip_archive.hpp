// A zip archive held in memory (an XLSX workbook), read through libzip with the zip-bomb rules:
// what the directory claims for a part is checked before it is inflated (size, and inflated over
// stored size), and what inflating yields is counted as it comes, against the claim and the
// limit, because a directory may lie.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "chitieu/diagnostic.hpp"

namespace chitieu {

struct ZipLimits {
    std::size_t max_uncompressed_bytes;  // all parts read, together
    std::size_t max_ratio;               // inflated / stored, for parts above ratio_floor_bytes
    std::size_t ratio_floor_bytes;
};

class ZipArchive {
public:
    // `bytes` must outlive the archive. Throws InputError at `file` when it is no zip, or a
    // damaged or truncated one.
    ZipArchive(std::string_view bytes, FileName file, ZipLimits limits);
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    bool has(const std::string& part) const;
    // The part's bytes, in chunks, into the reader's own memory: `buffer(size)` gives room for up
    // to `size` bytes, which are inflated into it, then `filled(n, last)` says how many; an empty
    // last call ends the part. Throws InputError at the file when a limit is crossed or the part
    // is damaged.
    void read_into(const std::string& part, const std::function<char*(std::size_t size)>& buffer,
                   const std::function<void(std::size_t filled, bool last)>& filled);

    // The bytes inflated so far, every part, against max_uncompressed_bytes; set back when a part is
    // read a second time (a sheet not streamed after all), so that it counts once.
    std::size_t inflated() const;
    void set_inflated(std::size_t bytes);

private:
    struct Impl;
    Impl* impl_;
};

}  // namespace chitieu
