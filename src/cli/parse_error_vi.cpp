#include "cli/parse_error_vi.hpp"

#include <optional>
#include <string_view>

namespace chitieu::cli {

namespace {

// `text` without `prefix`, or nothing when it does not start with it.
std::optional<std::string> after(std::string_view text, std::string_view prefix) {
    if (!text.starts_with(prefix)) return std::nullopt;
    return std::string(text.substr(prefix.size()));
}

// The two parts of "HEAD<separator>TAIL" (the first separator), or nothing.
std::optional<std::pair<std::string, std::string>> split(std::string_view text, std::string_view separator) {
    const std::size_t at = text.find(separator);
    if (at == std::string_view::npos) return std::nullopt;
    return std::pair{std::string(text.substr(0, at)), std::string(text.substr(at + separator.size()))};
}

std::string unknown_shape(std::string_view message) {
    return "tham số dòng lệnh không hợp lệ: " + std::string(message);
}

std::string extras(std::string_view message) {
    if (auto rest = after(message, "The following argument was not expected: "))
        return "không nhận ra đối số: " + *rest;
    if (auto rest = after(message, "The following arguments were not expected: "))
        return "không nhận ra các đối số: " + *rest;
    return unknown_shape(message);
}

std::string required(std::string_view message) {
    if (message == "A subcommand is required") return "thiếu lệnh: hãy chọn một lệnh con";
    if (message.ends_with(" is required") && message.find(' ') == message.size() - 12)
        return "thiếu " + std::string(message.substr(0, message.size() - 12)) + " (bắt buộc)";
    return unknown_shape(message);
}

// "Expected exactly 1 arguments to --from, got 0", "--as-of: 1 required INT missing", ...
std::string mismatch(std::string_view message) {
    for (const auto& [lead, words] :
         {std::pair{"Expected exactly ", "đúng"}, std::pair{"Expected at least ", "ít nhất"}})
        if (auto rest = after(message, lead))
            if (auto count = split(*rest, " arguments to "))
                if (auto name = split(count->second, ", got "))
                    return name->first + " cần " + words + " " + count->first + " giá trị, nhận được " +
                           name->second;
    if (auto name = split(message, ": ")) {
        if (auto rest = after(name->second, "At least "))
            if (auto counts = split(*rest, " required but received "))
                return name->first + " cần ít nhất " + counts->first + " giá trị, nhận được " +
                       counts->second;
        if (auto rest = after(name->second, "At Most "))
            if (auto counts = split(*rest, " required but received "))
                return name->first + " nhận nhiều nhất " + counts->first + " giá trị, nhận được " +
                       counts->second;
        if (auto parts = split(name->second, " required "); parts && parts->second.ends_with(" missing"))
            return name->first + ": thiếu giá trị (cần " + parts->first + " giá trị " +
                   parts->second.substr(0, parts->second.size() - 8) + ")";
    }
    if (message.ends_with(" was given a disallowed flag override"))
        return std::string(message.substr(0, message.size() - 38)) + " không nhận giá trị";
    return unknown_shape(message);
}

std::string conversion(std::string_view message) {
    if (auto rest = after(message, "Could not convert: "))
        if (auto parts = split(*rest, " = "))
            return "không đọc được giá trị của " + parts->first + ": " + parts->second;
    if (auto rest = after(message, "The value "))
        if (auto parts = split(*rest, " is not an allowed value for "))
            return "giá trị " + parts->first + " không được phép cho " + parts->second;
    if (auto name = split(message, ": ")) {
        if (name->second == "too many inputs for a flag") return name->first + " là cờ, không nhận giá trị";
        if (name->second == "Should be true/false or a number")
            return name->first + " phải là true/false hoặc một số";
    }
    return unknown_shape(message);
}

// "NAME: MESSAGE" with a validator's MESSAGE: IsMember's "pdf not in {md,csv}", Range's "Value
// 3000 not in range 1900 to 2100", a type's "Failed parsing abc as a int".
std::string validation(std::string_view message) {
    const auto name = split(message, ": ");
    if (!name) return unknown_shape(message);
    const std::string& what = name->second;
    if (auto rest = after(what, "Value "))
        if (auto parts = split(*rest, " not in range "))
            if (auto bounds = split(parts->second, " to "))
                return name->first + ": giá trị " + parts->first + " nằm ngoài khoảng " + bounds->first +
                       " đến " + bounds->second;
    if (auto rest = after(what, "Failed parsing "))
        if (auto parts = split(*rest, " as a "))
            return name->first + ": không đọc được " + parts->first + " (cần kiểu " + parts->second + ")";
    if (const std::size_t at = what.rfind(" not in {"); at != std::string::npos && what.ends_with("}"))
        return name->first + ": " + what.substr(0, at) + " không thuộc các giá trị được phép " +
               what.substr(at + 8);
    return name->first + ": giá trị không hợp lệ (" + what + ")";
}

}  // namespace

std::string parse_error_vi(const CLI::Error& error) {
    // By class, not get_name(): an error a subcommand raises is named after the subcommand.
    const std::string_view message = error.what();
    if (dynamic_cast<const CLI::ExtrasError*>(&error)) return extras(message);
    if (dynamic_cast<const CLI::RequiredError*>(&error)) return required(message);
    if (dynamic_cast<const CLI::ArgumentMismatch*>(&error)) return mismatch(message);
    if (dynamic_cast<const CLI::ConversionError*>(&error)) return conversion(message);
    if (dynamic_cast<const CLI::ValidationError*>(&error)) return validation(message);
    if (dynamic_cast<const CLI::RequiresError*>(&error))
        if (auto parts = split(message, " requires ")) return parts->first + " cần dùng kèm " + parts->second;
    if (dynamic_cast<const CLI::ExcludesError*>(&error))
        if (auto parts = split(message, " excludes "))
            return parts->first + " không dùng được cùng với " + parts->second;
    return unknown_shape(message);
}

}  // namespace chitieu::cli
