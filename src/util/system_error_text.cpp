#include "chitieu/util/system_error_text.hpp"

#include <cerrno>
#include <cstring>

namespace chitieu {

std::string system_error_en(int err) {
    return std::strerror(err);
}

std::string system_error_vi(int err) {
    switch (err) {
        case ENOENT:
            return "không có tệp hoặc thư mục này";
        case EACCES:
            return "không có quyền truy cập";
        case EPERM:
            return "thao tác không được phép";
        case ENOSPC:
            return "thiết bị đã hết chỗ trống";
        case EDQUOT:
            return "đã vượt hạn mức dung lượng đĩa";
        case EROFS:
            return "hệ thống tệp chỉ cho phép đọc";
        case ENOTDIR:
            return "không phải là thư mục";
        case EISDIR:
            return "đây là một thư mục";
        case EEXIST:
            return "tệp đã tồn tại";
        case ENAMETOOLONG:
            return "tên tệp quá dài";
        case ELOOP:
            return "quá nhiều liên kết tượng trưng";
        case EMFILE:
        case ENFILE:
            return "quá nhiều tệp đang mở";
        case EIO:
            return "lỗi vào/ra";
        case EINVAL:
            return "đối số không hợp lệ";
        case EFBIG:
            return "tệp quá lớn";
        case ENOMEM:
            return "không đủ bộ nhớ";
        case EBUSY:
            return "thiết bị hoặc tài nguyên đang bận";
        case EXDEV:
            return "không thể liên kết giữa hai thiết bị khác nhau";
        case ENOTEMPTY:
            return "thư mục không trống";
        default:
            return std::strerror(err);
    }
}

}  // namespace chitieu
