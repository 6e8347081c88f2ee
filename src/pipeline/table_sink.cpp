#include "chitieu/pipeline/table_sink.hpp"

#include <algorithm>
#include <numeric>

#include "chitieu/pipeline/inputs.hpp"
#include "chitieu/pipeline/output.hpp"
#include "chitieu/report/json_report.hpp"
#include "chitieu/util/vietnamese_order.hpp"

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
    head_ = format_ == TableFormat::json ? json_report_head(&targets, as_of, options_)
                                         : csv_report_header(options_);
    buffer_ += head_;
}

void TableSink::area(const Evaluation& one) {
    const AreaEvaluation& area = one.areas.front();
    Part part;
    part.key = vietnamese_sort_key(area.area);
    part.offset = (file_ ? file_->written() : 0) + static_cast<long long>(buffer_.size());
    if (format_ == TableFormat::json)
        append_json_area(buffer_, area, one.targets ? one.targets->assessment : Assessment{}, options_,
                         parts_.empty());
    else
        rows_.append(buffer_, area);
    part.length = static_cast<std::size_t>((file_ ? file_->written() : 0) +
                                           static_cast<long long>(buffer_.size()) - part.offset);
    if (in_order_ && !parts_.empty() && part.key < parts_.back().key) {
        in_order_ = false;
        if (file_) file_->set_early_writeback(false);  // this file will be copied, not kept
    }
    parts_.push_back(std::move(part));
    // A device written in place (-o /dev/stdout) cannot be read back to be put in order: held,
    // like standard output.
    if (file_ && !file_->in_place() && buffer_.size() >= kFlushBytes) {
        file_->write(buffer_);
        buffer_.clear();
    }
}

// The areas came in the inputs' order; the table lists them by name in Vietnamese order (the
// same data gives the same bytes whatever order its rows came in). `place` gets each part in
// its new place; in JSON the comma before an area belongs to the position, not to the part:
// every part but the first was written after one.
void TableSink::for_each_in_order(
    const std::function<void(const Part&, bool drop_comma, bool add_comma)>& place) const {
    std::vector<std::size_t> order(parts_.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return parts_[a].key < parts_[b].key; });
    const bool json = format_ == TableFormat::json;
    for (std::size_t position = 0; position < order.size(); ++position) {
        const bool has_comma = order[position] != 0;
        place(parts_[order[position]], json && has_comma && position == 0,
              json && !has_comma && position != 0);
    }
}

void TableSink::finish(const PipelineDiagnostics& diagnostics) {
    print_or_throw(diagnostics.all());
    const std::string tail = format_ == TableFormat::json ? json_report_tail(!parts_.empty()) : std::string();
    if (in_order_) {
        buffer_ += tail;
        if (!file_) return write_output(buffer_, "");
        file_->write(buffer_);
        file_->commit();
        return;
    }
    if (!file_ || file_->in_place()) {  // everything is in buffer_
        std::string ordered = head_;
        ordered.reserve(buffer_.size() + 1);
        for_each_in_order([&](const Part& part, bool drop_comma, bool add_comma) {
            if (add_comma) ordered += ',';
            const std::size_t skip = drop_comma ? 1 : 0;
            ordered.append(buffer_, static_cast<std::size_t>(part.offset) + skip, part.length - skip);
        });
        ordered += tail;
        buffer_.clear();
        if (!file_) return write_output(ordered, "");
        file_->write(ordered);
        file_->commit();
        return;
    }
    file_->write(buffer_);
    buffer_.clear();
    AtomicFile ordered_file(output_file_);  // a second temporary beside the first, which goes at the end
    // The parts read back into one buffer and written a MiB at a time: the kernel's copy
    // (copy_file_range, a splice per part) took twice the system time of these reads and writes.
    std::string ordered = head_;
    for_each_in_order([&](const Part& part, bool drop_comma, bool add_comma) {
        if (add_comma) ordered += ',';
        const long long skip = drop_comma ? 1 : 0;
        file_->read_back(part.offset + skip, part.length - static_cast<std::size_t>(skip), ordered);
        if (ordered.size() >= kFlushBytes) {
            ordered_file.write(ordered);
            ordered.clear();
        }
    });
    ordered += tail;
    ordered_file.write(ordered);
    ordered_file.commit();
    file_.reset();
}

void TableSink::restart() {
    file_.reset();  // the temporary file goes with it
    buffer_.clear();
    rows_ = CsvRowWriter(options_);
    parts_.clear();
    in_order_ = true;
}

}  // namespace chitieu
