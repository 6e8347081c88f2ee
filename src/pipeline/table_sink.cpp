#include "chitieu/pipeline/table_sink.hpp"

#include "chitieu/pipeline/inputs.hpp"
#include "chitieu/pipeline/output.hpp"
#include "chitieu/report/json_report.hpp"

namespace chitieu {

namespace {
constexpr std::size_t kFlushBytes = std::size_t{1} << 20;
}

TableSink::TableSink(TableFormat format, std::string output_file, ReportOptions options)
    : format_(format), output_file_(std::move(output_file)), options_(options), rows_(options_) {}

void TableSink::begin(const TargetSet& targets, int as_of) {
    if (!output_file_.empty() && output_file_ != "-" && !file_) {
        file_.emplace(output_file_);
        say_swept(file_->swept(), file_->path(), true);
    }
    if (format_ == TableFormat::json)
        buffer_ += json_report_head(&targets, as_of, options_);
    else
        buffer_ += csv_report_header(options_);
}

void TableSink::area(const Evaluation& one) {
    if (format_ == TableFormat::json)
        append_json_area(buffer_, one.areas.front(), one.targets ? one.targets->assessment : Assessment{},
                         options_, !any_area_);
    else
        rows_.append(buffer_, one.areas.front());
    any_area_ = true;
    if (file_ && buffer_.size() >= kFlushBytes) {
        file_->write(buffer_);
        buffer_.clear();
    }
}

void TableSink::finish(const PipelineDiagnostics& diagnostics) {
    print_or_throw(diagnostics.all());
    if (format_ == TableFormat::json) buffer_ += json_report_tail(any_area_);
    if (!file_) return write_output(buffer_, "");
    file_->write(buffer_);
    file_->commit();
}

void TableSink::restart() {
    file_.reset();  // the temporary file goes with it
    buffer_.clear();
    rows_ = CsvRowWriter(options_);
    any_area_ = false;
}

}  // namespace chitieu
