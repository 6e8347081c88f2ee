#include "xml_reader.hpp"

#include <expat.h>

#include <string>

namespace chitieu {

std::string_view XmlAttributes::get(std::string_view name) const {
    for (const char** pair = pairs; pair != nullptr && *pair != nullptr; pair += 2)
        if (name_is(local_name(pair[0]), name)) return pair[1];
    return {};
}

struct XmlParser::Impl {
    XML_Parser parser = nullptr;
    XmlHandler* handler = nullptr;
    FileName place;
    int max_depth = 0;
    int depth = 0;
    std::exception_ptr failure;  // thrown by a callback, thrown again by check()
    std::string refusal;         // a rule of ours broken: the message
    std::string refusal_vi;      // the same in Vietnamese

    void stop(std::string message, std::string message_vi) {
        if (refusal.empty() && !failure) {
            refusal = std::move(message);
            refusal_vi = std::move(message_vi);
        }
        XML_StopParser(parser, XML_FALSE);
    }
    template <typename F>
    void guarded(F&& call) {
        if (failure || !refusal.empty()) return;
        try {
            call();
        } catch (...) {
            failure = std::current_exception();
            XML_StopParser(parser, XML_FALSE);
        }
    }
};

namespace {

XmlParser::Impl& self(void* data) {
    return *static_cast<XmlParser::Impl*>(data);
}

void on_start(void* data, const char* name, const char** attributes) {
    auto& impl = self(data);
    if (++impl.depth > impl.max_depth) {
        impl.stop("elements nest more than " + std::to_string(impl.max_depth) +
                      " deep; no spreadsheet part does: the file is damaged or made to harm",
                  "các phần tử lồng nhau sâu hơn " + std::to_string(impl.max_depth) +
                      " cấp; không phần nào của bảng tính như vậy: tệp bị hỏng hoặc được tạo ra để gây hại");
        return;
    }
    impl.guarded([&] { impl.handler->start(local_name(name), XmlAttributes{attributes}); });
}

void on_end(void* data, const char* name) {
    auto& impl = self(data);
    --impl.depth;
    impl.guarded([&] { impl.handler->end(local_name(name)); });
}

void on_text(void* data, const char* text, int length) {
    auto& impl = self(data);
    impl.guarded([&] { impl.handler->text(std::string_view(text, static_cast<std::size_t>(length))); });
}

void on_doctype(void* data, const char*, const char*, const char*, int) {
    self(data).stop(
        "the XML declares a document type (<!DOCTYPE>), which no spreadsheet part has; it is "
        "refused, with its entities (an entity expansion attack looks like this): save the "
        "workbook again from the spreadsheet program",
        "XML khai báo kiểu tài liệu (<!DOCTYPE>), điều mà không phần nào của bảng tính có; khai báo này bị "
        "từ chối, cùng các thực thể của nó (đây là dấu hiệu của một cuộc tấn công mở rộng thực thể): hãy lưu "
        "lại sổ tính từ chương trình bảng tính");
}

void on_entity(void* data, const char*, int, const char*, int, const char*, const char*, const char*,
               const char*) {
    self(data).stop(
        "the XML declares an entity, which no spreadsheet part does; it is refused",
        "XML khai báo một thực thể, điều mà không phần nào của bảng tính làm; khai báo này bị từ chối");
}

}  // namespace

XmlParser::XmlParser(XmlHandler& handler, FileName place, int max_depth) : impl_(new Impl) {
    impl_->handler = &handler;
    impl_->place = place;
    impl_->max_depth = max_depth;
    impl_->parser = XML_ParserCreate("UTF-8");
    if (impl_->parser == nullptr) {
        delete impl_;
        throw std::bad_alloc();
    }
    XML_SetUserData(impl_->parser, impl_);
    XML_SetElementHandler(impl_->parser, on_start, on_end);
    XML_SetCharacterDataHandler(impl_->parser, on_text);
    XML_SetStartDoctypeDeclHandler(impl_->parser, on_doctype);
    XML_SetEntityDeclHandler(impl_->parser, on_entity);
    // No external entity is ever fetched: expat reads none without a handler, and this says so.
    XML_SetParamEntityParsing(impl_->parser, XML_PARAM_ENTITY_PARSING_NEVER);
}

XmlParser::~XmlParser() {
    XML_ParserFree(impl_->parser);
    delete impl_;
}

SourceLocation XmlParser::where() const {
    return {impl_->place, static_cast<int>(XML_GetCurrentLineNumber(impl_->parser)),
            static_cast<int>(XML_GetCurrentColumnNumber(impl_->parser)) + 1};
}

char* XmlParser::buffer(std::size_t size) {
    if (size > static_cast<std::size_t>(INT32_MAX / 2))
        throw InputError(where(), "an XML chunk too large", "một khối XML quá lớn");
    void* buffer = XML_GetBuffer(impl_->parser, static_cast<int>(size));
    if (buffer == nullptr) {
        if (XML_GetErrorCode(impl_->parser) == XML_ERROR_NO_MEMORY) throw std::bad_alloc();
        check(XML_STATUS_ERROR);
    }
    return static_cast<char*>(buffer);
}

void XmlParser::parse_buffer(std::size_t filled, bool last) {
    check(XML_ParseBuffer(impl_->parser, static_cast<int>(filled), last ? XML_TRUE : XML_FALSE));
}

void XmlParser::check(int status) {
    if (impl_->failure) std::rethrow_exception(impl_->failure);
    if (!impl_->refusal.empty()) throw InputError(where(), impl_->refusal, impl_->refusal_vi);
    if (status != XML_STATUS_OK) {
        const std::string reason = XML_ErrorString(XML_GetErrorCode(impl_->parser));
        throw InputError(
            where(), "the XML is malformed (" + reason + "): the file is damaged; save the workbook again",
            "XML sai cú pháp (" + reason + "): tệp bị hỏng; hãy lưu lại sổ tính");
    }
}

}  // namespace chitieu
