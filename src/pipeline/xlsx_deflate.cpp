// minizip's zipOpenNewFileInZip4_64, defined in chitieu so that libxlsxwriter's call comes here
// first (xlsx_deflate.hpp says why): the call goes on, unchanged but for the level, to the next
// definition in the link order, the system's libminizip (dlsym RTLD_NEXT).
#include "xlsx_deflate.hpp"

#include <dlfcn.h>

#include <atomic>

namespace chitieu {

namespace {

std::atomic<int> g_level{kXlsxDeflateLevel};
std::atomic<long> g_overrides{0};

// minizip 1.1's types (zip.h): zipFile is a void*, uInt and uLong are unsigned int and long.
using OpenMember = int (*)(void*, const char*, const void*, const void*, unsigned, const void*, unsigned,
                           const char*, int, int, int, int, int, int, const char*, unsigned long,
                           unsigned long, unsigned long, int);

OpenMember next_open_member() {
    static const OpenMember next =
        reinterpret_cast<OpenMember>(::dlsym(RTLD_NEXT, "zipOpenNewFileInZip4_64"));
    return next;
}

}  // namespace

void set_xlsx_deflate_level(int level) {
    g_level.store(level, std::memory_order_relaxed);
}
int xlsx_deflate_level() {
    return g_level.load(std::memory_order_relaxed);
}
long xlsx_deflate_overrides() {
    return g_overrides.load(std::memory_order_relaxed);
}

}  // namespace chitieu

constexpr int kZipInternalError = -104;  // ZIP_INTERNALERROR: libxlsxwriter reports it as such
constexpr int kDeflated = 8;             // Z_DEFLATED

extern "C" __attribute__((visibility("default"))) int zipOpenNewFileInZip4_64(
    void* file, const char* filename, const void* zipfi, const void* extrafield_local,
    unsigned size_extrafield_local, const void* extrafield_global, unsigned size_extrafield_global,
    const char* comment, int method, int level, int raw, int windowBits, int memLevel, int strategy,
    const char* password, unsigned long crcForCrypting, unsigned long versionMadeBy, unsigned long flagBase,
    int zip64) {
    const chitieu::OpenMember next = chitieu::next_open_member();
    if (!next) return kZipInternalError;
    // Only what libxlsxwriter asks for (deflate at the default level) changes.
    if (method == kDeflated && level == chitieu::kXlsxPlainDeflateLevel && !raw) {
        level = chitieu::xlsx_deflate_level();
        chitieu::g_overrides.fetch_add(1, std::memory_order_relaxed);
    }
    return next(file, filename, zipfi, extrafield_local, size_extrafield_local, extrafield_global,
                size_extrafield_global, comment, method, level, raw, windowBits, memLevel, strategy, password,
                crcForCrypting, versionMadeBy, flagBase, zip64);
}
