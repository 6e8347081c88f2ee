#include "zip_archive.hpp"

#include <zip.h>

#include <algorithm>
#include <memory>
#include <string>

namespace chitieu {

struct ZipArchive::Impl {
    zip_t* archive = nullptr;
    FileName file;
    ZipLimits limits{};
    std::size_t inflated = 0;  // bytes read so far, every part
};

namespace {

std::string mebibytes(std::size_t bytes) {
    return std::to_string(bytes >> 20) + " MiB";
}

}  // namespace

ZipArchive::ZipArchive(std::string_view bytes, FileName file, ZipLimits limits) : impl_(new Impl) {
    std::unique_ptr<Impl> impl(impl_);
    impl->file = file;
    impl->limits = limits;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (source != nullptr) {
        impl->archive = zip_open_from_source(source, ZIP_RDONLY, &error);
        if (impl->archive == nullptr) zip_source_free(source);
    }
    if (impl->archive == nullptr) {
        const int code = zip_error_code_zip(&error);
        zip_error_fini(&error);
        if (code == ZIP_ER_MEMORY) throw std::bad_alloc();
        const std::string reason = code == ZIP_ER_NOZIP ? std::string() : zip_error_strerror(&error);
        throw InputError(
            {file},
            code == ZIP_ER_NOZIP ? std::string("the file is not a zip archive, as an .xlsx workbook is; "
                                               "it may be cut short (a download or copy that stopped): "
                                               "get it again, or open it in a spreadsheet program "
                                               "and save it as .xlsx")
                                 : "the zip archive is damaged (" + reason +
                                       "): get the file again, or save it again as .xlsx",
            code == ZIP_ER_NOZIP
                ? std::string("tệp không phải là tệp nén zip như một sổ tính .xlsx; có thể tệp bị "
                              "cắt cụt (tải về hoặc sao chép bị dừng giữa chừng): hãy lấy lại tệp, "
                              "hoặc mở tệp bằng chương trình bảng tính và lưu dưới dạng .xlsx")
                : "tệp nén zip bị hỏng (" + reason + "): hãy lấy lại tệp, hoặc lưu lại dưới dạng .xlsx");
    }
    zip_error_fini(&error);
    impl.release();
}

ZipArchive::~ZipArchive() {
    zip_discard(impl_->archive);
    delete impl_;
}

bool ZipArchive::has(const std::string& part) const {
    return zip_name_locate(impl_->archive, part.c_str(), 0) >= 0;
}

std::size_t ZipArchive::inflated() const {
    return impl_->inflated;
}

void ZipArchive::set_inflated(std::size_t bytes) {
    impl_->inflated = bytes;
}

void ZipArchive::read_into(const std::string& part, const std::function<char*(std::size_t)>& buffer,
                           const std::function<void(std::size_t, bool)>& filled) {
    const SourceLocation where{impl_->file};
    const zip_int64_t index = zip_name_locate(impl_->archive, part.c_str(), 0);
    if (index < 0)
        throw InputError(where, "the workbook has no part " + part + ": save it again as .xlsx",
                         "sổ tính không có phần " + part + ": hãy lưu lại dưới dạng .xlsx");
    zip_stat_t status;
    zip_stat_init(&status);
    if (zip_stat_index(impl_->archive, static_cast<zip_uint64_t>(index), 0, &status) != 0 ||
        (status.valid & ZIP_STAT_SIZE) == 0 || (status.valid & ZIP_STAT_COMP_SIZE) == 0)
        throw InputError(where, "the zip directory entry of " + part + " is damaged: save the workbook again",
                         "mục lục zip của " + part + " bị hỏng: hãy lưu lại sổ tính");
    const std::size_t limit = impl_->limits.max_uncompressed_bytes;
    const auto bomb = [&](const std::string& what, const std::string& what_vi) {
        return InputError(where,
                          part + " " + what + ": a zip bomb looks like this; chitieu reads workbooks up to " +
                              mebibytes(limit) + " unpacked, packed at most " +
                              std::to_string(impl_->limits.max_ratio) + ":1",
                          part + " " + what_vi +
                              ": đây là dấu hiệu của một \"quả bom zip\"; chitieu đọc sổ tính "
                              "có dung lượng giải nén tối đa " +
                              mebibytes(limit) + ", tỷ lệ nén tối đa " +
                              std::to_string(impl_->limits.max_ratio) + ":1");
    };
    if (status.size > limit - impl_->inflated)
        throw bomb("unpacks to " + mebibytes(status.size) + " (" + std::to_string(status.size) + " bytes)",
                   "giải nén ra " + mebibytes(status.size) + " (" + std::to_string(status.size) + " byte)");
    if (status.size > impl_->limits.ratio_floor_bytes &&
        status.size / std::max<zip_uint64_t>(status.comp_size, 1) > impl_->limits.max_ratio) {
        const std::string ratio = std::to_string(status.size / std::max<zip_uint64_t>(status.comp_size, 1));
        throw bomb("is packed " + ratio + ":1 (" + std::to_string(status.comp_size) + " bytes unpack to " +
                       std::to_string(status.size) + ")",
                   "được nén với tỷ lệ " + ratio + ":1 (" + std::to_string(status.comp_size) +
                       " byte giải nén ra " + std::to_string(status.size) + ")");
    }
    zip_file_t* entry = zip_fopen_index(impl_->archive, static_cast<zip_uint64_t>(index), 0);
    if (entry == nullptr)
        throw InputError(where,
                         "cannot unpack " + part + " (" + zip_strerror(impl_->archive) +
                             "): it is encrypted or damaged; save the workbook again without a password",
                         "không giải nén được " + part + " (" + zip_strerror(impl_->archive) +
                             "): phần này bị mã hóa hoặc bị hỏng; hãy lưu lại sổ tính không đặt mật khẩu");
    const std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> closer(entry, zip_fclose);
    constexpr std::size_t chunk = 1 << 16;
    std::size_t got = 0;
    for (;;) {
        const zip_int64_t n = zip_fread(entry, buffer(chunk), chunk);
        if (n < 0)
            throw InputError(where,
                             "cannot unpack " + part + " (" + zip_file_strerror(entry) +
                                 "): the file is damaged or cut short; get it again",
                             "không giải nén được " + part + " (" + zip_file_strerror(entry) +
                                 "): tệp bị hỏng hoặc bị cắt cụt; hãy lấy lại tệp");
        if (n == 0) break;
        got += static_cast<std::size_t>(n);
        impl_->inflated += static_cast<std::size_t>(n);
        if (got > status.size || impl_->inflated > limit)
            throw bomb("unpacks to more than its directory says (" + std::to_string(status.size) + " bytes)",
                       "giải nén ra nhiều hơn mục lục zip ghi (" + std::to_string(status.size) + " byte)");
        filled(static_cast<std::size_t>(n), false);
    }
    filled(0, true);
}

}  // namespace chitieu
