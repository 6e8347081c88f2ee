#include "chitieu/pipeline/xlsx_sink.hpp"

#include <xlsxwriter.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <optional>
#include <stdexcept>

#include "chitieu/diagnostic.hpp"
#include "chitieu/pipeline/inputs.hpp"
#include "chitieu/pipeline/output.hpp"
#include "chitieu/report/xlsx_report.hpp"
#include "chitieu/util/interrupt.hpp"
#include "chitieu/util/vietnamese_order.hpp"
#include "xlsx_deflate.hpp"

namespace chitieu {

namespace {

constexpr CellStyle kStyles[] = {CellStyle::text, CellStyle::header, CellStyle::value, CellStyle::rate,
                                 CellStyle::year};
constexpr Status kStatuses[] = {Status::met,     Status::not_met,   Status::on_track,
                                Status::at_risk, Status::off_track, Status::insufficient_data};

// Chart lines as the SVG chart draws them: observed, required path, target.
constexpr lxw_color_t kSeriesColours[] = {0x1F5FA8, 0x6B6B6B, 0xC0392B};

}  // namespace

// (Named, not anonymous: XlsxSink::Workbook, which has external linkage, holds them.)
namespace xlsx_held {

// An area's rows held until the end, packed: the workbook lists areas in Vietnamese order (the
// same data gives the same bytes whatever order its rows came in), the pipeline hands them out
// in the inputs' order, and libxlsxwriter's constant-memory mode writes a sheet's rows in order
// only. Packed, a commune-scale workbook's rows take a few tens of MB; as SheetRows they would
// take several times that. A row: its cell count, then each cell's kind (0 empty, 1 number,
// 2 text) and style, and its number's 8 bytes or its text's length and bytes.
class PackedRows {
public:
    void add(const SheetRow& row) {
        put(static_cast<std::uint32_t>(row.size()));
        for (const SheetCell& cell : row) {
            const char kind = cell.number ? 1 : cell.text.empty() ? 0 : 2;
            bytes_ += kind;
            bytes_ += static_cast<char>(cell.style);
            if (kind == 1) {
                char raw[sizeof(double)];
                std::memcpy(raw, &*cell.number, sizeof raw);
                bytes_.append(raw, sizeof raw);
            } else if (kind == 2) {
                put(static_cast<std::uint32_t>(cell.text.size()));
                bytes_ += cell.text;
            }
        }
    }
    void shrink() { bytes_.shrink_to_fit(); }

    // Reads the rows back in the order they were added.
    class Reader {
    public:
        explicit Reader(const std::string& bytes) : bytes_(bytes) {}
        SheetRow next() {
            SheetRow row(get());
            for (SheetCell& cell : row) {
                const char kind = bytes_[at_++];
                cell.style = static_cast<CellStyle>(bytes_[at_++]);
                if (kind == 1) {
                    double number = 0;
                    std::memcpy(&number, bytes_.data() + at_, sizeof number);
                    at_ += sizeof number;
                    cell.number = number;
                } else if (kind == 2) {
                    const std::uint32_t length = get();
                    cell.text.assign(bytes_, at_, length);
                    at_ += length;
                }
            }
            return row;
        }

    private:
        std::uint32_t get() {
            std::uint32_t value = 0;
            std::memcpy(&value, bytes_.data() + at_, sizeof value);
            at_ += sizeof value;
            return value;
        }
        const std::string& bytes_;
        std::size_t at_ = 0;
    };
    Reader reader() const { return Reader(bytes_); }

private:
    void put(std::uint32_t value) {
        char raw[sizeof value];
        std::memcpy(raw, &value, sizeof raw);
        bytes_.append(raw, sizeof raw);
    }
    std::string bytes_;
};

// One area as the workbook will write it: its summary rows, then its row on each target sheet.
struct HeldArea {
    std::string key;  // vietnamese_sort_key of its name
    std::size_t summary_rows = 0;
    PackedRows rows;
};

// The chart blocks (required path, target) of an area on each target sheet, kept only for the
// areas that may be charted: the first kChartedAreas in Vietnamese order among those seen.
struct ChartedArea {
    std::string name;
    std::vector<std::vector<SheetRow>> blocks;  // per target sheet
};

}  // namespace xlsx_held

using xlsx_held::ChartedArea;
using xlsx_held::HeldArea;
using xlsx_held::PackedRows;

struct XlsxSink::Workbook {
    lxw_workbook* book = nullptr;
    lxw_worksheet* summary = nullptr;
    std::vector<lxw_worksheet*> targets;  // in set order
    std::vector<std::string> target_sheet_names;
    // Text keeps the default format (nullptr): libxlsxwriter looks each cell's format up in a
    // hash as it writes a row, a quarter of a commune-scale workbook's time.
    lxw_format* formats[std::size(kStyles)] = {};
    std::string path;  // for messages
    const TargetSet* set = nullptr;
    std::optional<SummaryRows> summary_rows;
    YearSpan years;
    lxw_row_t summary_row = 1;  // the next row to write (0 is the header)
    lxw_row_t target_row = 1;   // the same on every target sheet
    lxw_col_t summary_last_column = 0;
    std::vector<std::string> charted;  // the areas charted (the first kChartedAreas), in table order
    bool any_area = false;
    std::vector<HeldArea> held;                       // in the inputs' order
    std::map<std::string, ChartedArea> chart_blocks;  // by sort key, the smallest kChartedAreas

    ~Workbook() {
        // Not finished (an error, a restart): closed into the temporary file, which goes with it.
        if (book) workbook_close(book);
    }

    [[noreturn]] void failed(lxw_error error) const {
        throw InputError({path},
                         std::string("cannot write the Excel report: ") + lxw_strerror(error) +
                             "; choose a writable location with room for it",
                         std::string("không ghi được báo cáo Excel: ") + lxw_strerror(error) +
                             "; hãy chọn một nơi ghi được và còn đủ chỗ trống");
    }
    void check(lxw_error error) const {
        if (error != LXW_NO_ERROR) failed(error);
    }

    lxw_format* format(CellStyle style) const { return formats[static_cast<int>(style)]; }

    // The year columns' last, and the first column of the chart's target block after a gap.
    lxw_col_t last_year_column() const {
        return static_cast<lxw_col_t>(kTargetFirstYearColumn + years.last - years.first);
    }
    // The chart's blocks beside the table (required path, target): label, then the years.
    lxw_col_t chart_block(int block) const {
        return static_cast<lxw_col_t>(last_year_column() + 2 + block * (years.last - years.first + 3));
    }

    void write(lxw_worksheet* sheet, lxw_row_t row, const SheetRow& cells, lxw_col_t first = 0) const {
        for (std::size_t c = 0; c < cells.size(); ++c) {
            const SheetCell& cell = cells[c];
            const auto column = static_cast<lxw_col_t>(first + c);
            if (cell.number)
                check(worksheet_write_number(sheet, row, column, *cell.number, format(cell.style)));
            else if (!cell.text.empty())
                check(worksheet_write_string(sheet, row, column, cell.text.c_str(), format(cell.style)));
        }
    }

    void header(lxw_worksheet* sheet, const std::vector<SheetColumn>& columns) const {
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const auto column = static_cast<lxw_col_t>(c);
            check(worksheet_set_column(sheet, column, column, columns[c].width, nullptr));
            check(worksheet_write_string(sheet, 0, column, columns[c].header.c_str(),
                                         format(CellStyle::header)));
        }
        check(worksheet_set_row(sheet, 0, 32, nullptr));  // two lines: long headers wrap
        worksheet_freeze_panes(sheet, 1, 0);              // the header stays in view
        // Printed (or converted to PDF) on A4 landscape, one page wide, the header on every page.
        worksheet_set_paper(sheet, 9);
        worksheet_set_landscape(sheet);
        worksheet_fit_to_pages(sheet, 1, 0);
        check(worksheet_repeat_rows(sheet, 0, 0));
    }
};

XlsxSink::XlsxSink(std::string output_file, ReportOptions options, bool plain_deflate)
    : output_file_(std::move(output_file)), options_(options), plain_deflate_(plain_deflate) {}

XlsxSink::~XlsxSink() {
    book_.reset();  // closed before its temporary file is removed
}

void XlsxSink::begin(const TargetSet& targets, int as_of) {
    const Lang lang = options_.lang;
    if (!file_) {
        file_.emplace(output_file_);
        say_swept(file_->swept(), file_->path(), true);
    }
    book_ = std::make_unique<Workbook>();
    Workbook& w = *book_;
    w.path = file_->path();
    w.set = &targets;
    w.summary_rows.emplace(targets, lang);
    w.years = sheet_years(targets, as_of);
    // libxlsxwriter opens the file by name (fopen, which follows links): the name is the
    // temporary AtomicFile has just created with O_CREAT | O_EXCL | O_NOFOLLOW, chitieu's own
    // fresh name in the target's folder, so no link can stand there.
    const std::string temporary = file_->temporary_path();
    lxw_workbook_options book_options{};
    book_options.constant_memory = LXW_TRUE;  // rows go to disk as they are finished
    book_options.use_zip64 = LXW_TRUE;        // a commune-scale workbook may pass 4 GB unpacked
    w.book = workbook_new_opt(temporary.c_str(), &book_options);
    if (!w.book) w.failed(LXW_ERROR_CREATING_XLSX_FILE);
    // The same data gives the same bytes: without a creation time of its own libxlsxwriter
    // writes the clock's into docProps/core.xml. The fixed one is the Word report's zip time
    // (report/docx_package.cpp), 1980-01-01 12:00 UTC.
    lxw_doc_properties properties{};
    properties.created = 315532800 + 43200;
    if (const lxw_error error = workbook_set_properties(w.book, &properties); error != LXW_NO_ERROR)
        w.failed(error);

    for (const CellStyle style : kStyles) {
        if (style == CellStyle::text) continue;
        lxw_format* format = workbook_add_format(w.book);
        if (style == CellStyle::header) {
            format_set_bold(format);
            format_set_bg_color(format, 0xF2F2F2);
            format_set_text_wrap(format);
            format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
        } else if (style != CellStyle::text) {
            format_set_num_format(format, number_format_code(style));
        }
        w.formats[static_cast<int>(style)] = format;
    }

    w.summary = workbook_add_worksheet(w.book, summary_sheet_name(lang).c_str());
    if (!w.summary) w.failed(LXW_ERROR_SHEETNAME_ALREADY_USED);
    const std::vector<SheetColumn> columns = summary_columns(lang);
    w.header(w.summary, columns);
    w.summary_last_column = static_cast<lxw_col_t>(columns.size() - 1);
    int number = 0;
    for (const Target& target : targets.targets) {
        w.target_sheet_names.push_back(target_sheet_name(target, ++number, lang));
        lxw_worksheet* sheet = workbook_add_worksheet(w.book, w.target_sheet_names.back().c_str());
        if (!sheet) w.failed(LXW_ERROR_SHEETNAME_ALREADY_USED);
        w.header(sheet, target_columns(target, w.years, lang));
        // The charts' required paths and targets beside the table: their headers here, their
        // values on each charted area's row (a series' values line up with the years by position).
        for (int block = 0; block < 2; ++block) {
            const lxw_col_t at = w.chart_block(block);
            w.check(worksheet_set_column(sheet, at, at, 24, nullptr));  // the area's name
            w.check(worksheet_write_string(sheet, 0, at, target_series_names(lang)[1 + block].c_str(),
                                           w.format(CellStyle::header)));
            for (int year = w.years.first; year <= w.years.last; ++year)
                w.check(worksheet_write_string(sheet, 0,
                                               static_cast<lxw_col_t>(at + 1 + (year - w.years.first)),
                                               std::to_string(year).c_str(), w.format(CellStyle::header)));
        }
        w.targets.push_back(sheet);
    }
    lxw_worksheet* method = workbook_add_worksheet(w.book, method_sheet_name(lang).c_str());
    if (!method) w.failed(LXW_ERROR_SHEETNAME_ALREADY_USED);
    lxw_format* wrapped = workbook_add_format(w.book);
    format_set_text_wrap(wrapped);
    format_set_align(wrapped, LXW_ALIGN_VERTICAL_TOP);
    worksheet_set_column(method, 0, 0, 110, wrapped);
    lxw_row_t row = 0;
    for (const std::string& line : method_lines(targets, as_of, lang))
        w.check(worksheet_write_string(method, row++, 0, line.c_str(), wrapped));
}

void XlsxSink::area(const Evaluation& one) {
    throw_if_interrupted();
    Workbook& w = *book_;
    const AreaEvaluation& given = one.areas.front();
    HeldArea held;
    held.key = vietnamese_sort_key(given.area);
    for (const SheetRow& row : w.summary_rows->rows(given)) {
        held.rows.add(row);
        ++held.summary_rows;
    }
    // The target sheets go by the set's order: a target left out of this area (no value for it)
    // takes an empty result there, so that every other result stays under its own sheet.
    AreaEvaluation aligned;
    if (!given.left_out.empty()) {
        aligned.area = given.area;
        aligned.source = given.source;
        std::size_t next = 0;
        for (const Target& target : w.set->targets) {
            if (next < given.results.size() && given.results[next].target &&
                given.results[next].target->id == target.id)
                aligned.results.push_back(given.results[next++]);
            else
                aligned.results.emplace_back();
        }
    }
    const AreaEvaluation& area = given.left_out.empty() ? given : aligned;
    for (std::size_t t = 0; t < w.targets.size(); ++t)
        held.rows.add(target_row(area, t, w.years, options_.lang));
    held.rows.shrink();
    // A chart for the first areas in table order: this one's blocks kept while it is among them.
    const bool chartable = w.chart_blocks.size() < kChartedAreas || held.key < w.chart_blocks.rbegin()->first;
    if (chartable) {
        ChartedArea charted{area.area, {}};
        for (std::size_t t = 0; t < w.targets.size(); ++t)
            charted.blocks.push_back(chart_block_rows(area, t, w.years));
        w.chart_blocks.emplace(held.key, std::move(charted));
        if (w.chart_blocks.size() > kChartedAreas) w.chart_blocks.erase(std::prev(w.chart_blocks.end()));
    }
    w.held.push_back(std::move(held));
    w.any_area = true;
}

// The held areas written in Vietnamese order: summary rows, each target sheet's row, and for the
// first kChartedAreas their chart blocks beside that row (constant-memory mode writes rows in
// order, so a row's cells all go before the next row's).
void XlsxSink::write_held_areas() {
    Workbook& w = *book_;
    std::vector<std::size_t> order(w.held.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return w.held[a].key < w.held[b].key; });
    for (const std::size_t index : order) {
        throw_if_interrupted();
        HeldArea& held = w.held[index];
        PackedRows::Reader rows = held.rows.reader();
        for (std::size_t r = 0; r < held.summary_rows; ++r) w.write(w.summary, w.summary_row++, rows.next());
        const auto charted =
            w.charted.size() < kChartedAreas ? w.chart_blocks.find(held.key) : w.chart_blocks.end();
        for (std::size_t t = 0; t < w.targets.size(); ++t) {
            w.write(w.targets[t], w.target_row, rows.next());
            if (charted == w.chart_blocks.end()) continue;
            const std::vector<SheetRow>& blocks = charted->second.blocks[t];
            for (std::size_t block = 0; block < blocks.size(); ++block)
                w.write(w.targets[t], w.target_row, blocks[block], w.chart_block(static_cast<int>(block)));
        }
        if (charted != w.chart_blocks.end()) w.charted.push_back(charted->second.name);
        ++w.target_row;
        held = HeldArea{};  // written: its memory goes
    }
    w.held.clear();
}

void XlsxSink::finish(const PipelineDiagnostics& diagnostics) {
    print_or_throw(diagnostics.all());
    write_held_areas();
    Workbook& w = *book_;
    const Lang lang = options_.lang;
    const lxw_row_t last_row = w.summary_row > 1 ? w.summary_row - 1 : 1;
    w.check(worksheet_autofilter(w.summary, 0, 0, last_row, w.summary_last_column));
    // Each status's cells coloured as the Word report shades them: a rule per status, so that a
    // status typed over by hand takes its colour too.
    for (const Status status : kStatuses) {
        lxw_format* fill = workbook_add_format(w.book);
        format_set_bg_color(fill, status_fill_colour(status));
        const std::string quoted = "\"" + status_cell_text(status, lang) + "\"";
        lxw_conditional_format rule{};
        rule.type = LXW_CONDITIONAL_TYPE_CELL;
        rule.criteria = LXW_CONDITIONAL_CRITERIA_EQUAL_TO;
        rule.value_string = const_cast<char*>(quoted.c_str());  // copied by libxlsxwriter
        rule.format = fill;
        w.check(worksheet_conditional_format_range(w.summary, 1, w.summary_last_column, last_row,
                                                   w.summary_last_column, &rule));
    }
    // Each target's charts: one a charted area (its row's observed values, required path and
    // target), below the blocks, beside the table.
    const std::vector<std::string> names = target_series_names(lang);
    for (std::size_t t = 0; w.any_area && t < w.targets.size(); ++t) {
        const char* sheet = w.target_sheet_names[t].c_str();
        const auto first_column = static_cast<lxw_col_t>(kTargetFirstYearColumn);
        const lxw_col_t last_column = w.last_year_column();
        for (std::size_t k = 0; k < w.charted.size(); ++k) {
            const auto row = static_cast<lxw_row_t>(1 + k);
            lxw_chart* chart = workbook_add_chart(w.book, LXW_CHART_LINE);
            for (int s = 0; s < 3; ++s) {  // observed (the table), required path, target (the blocks)
                lxw_chart_series* series = chart_add_series(chart, nullptr, nullptr);
                chart_series_set_categories(series, sheet, 0, first_column, 0, last_column);
                const lxw_col_t from =
                    s == 0 ? first_column : static_cast<lxw_col_t>(w.chart_block(s - 1) + 1);
                chart_series_set_values(series, sheet, row, from, row,
                                        static_cast<lxw_col_t>(from + (last_column - first_column)));
                chart_series_set_name(series, names[static_cast<std::size_t>(s)].c_str());
                lxw_chart_line line{};
                line.color = kSeriesColours[s];
                line.width = 2.25;
                if (s == 1) line.dash_type = LXW_CHART_LINE_DASH_DASH;
                if (s == 2) line.none = LXW_TRUE;  // the target is a marker only
                chart_series_set_line(series, &line);
                chart_series_set_marker_type(series, s == 2   ? LXW_CHART_MARKER_DIAMOND
                                                     : s == 0 ? LXW_CHART_MARKER_CIRCLE
                                                              : LXW_CHART_MARKER_NONE);
                if (s != 1) {
                    chart_series_set_marker_size(series, s == 2 ? 9 : 6);
                    lxw_chart_fill marker_fill{};
                    marker_fill.color = kSeriesColours[s];
                    chart_series_set_marker_fill(series, &marker_fill);
                    lxw_chart_line marker_line{};
                    marker_line.color = kSeriesColours[s];
                    chart_series_set_marker_line(series, &marker_line);
                }
            }
            const std::string title = target_chart_title(w.set->targets[t], w.charted[k], lang);
            chart_title_set_name(chart, title.c_str());
            chart_show_blanks_as(chart, LXW_CHART_BLANKS_AS_GAP);
            chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
            // The value axis as the table's values read ("#,##0.0"), in the reader's separators.
            chart_axis_set_num_format(chart->y_axis, number_format_code(CellStyle::value));
            // 15 rows a chart (288 px at 20 px a row), below the charted rows.
            const auto at = static_cast<lxw_row_t>(w.charted.size() + 2 + 16 * k);
            w.check(worksheet_insert_chart(w.targets[t], at, w.chart_block(0), chart));
        }
        w.check(
            worksheet_autofilter(w.targets[t], 0, 0, w.target_row > 1 ? w.target_row - 1 : 1, last_column));
    }
    throw_if_interrupted();
    lxw_workbook* book = std::exchange(w.book, nullptr);
    // The parts are deflated as workbook_close writes them (one thread, zlib's work the larger
    // part of a commune-scale workbook's time).
    set_xlsx_deflate_level(plain_deflate_ ? kXlsxPlainDeflateLevel : kXlsxDeflateLevel);
    w.check(workbook_close(book));
    file_->commit();
}

void XlsxSink::restart() {
    book_.reset();
    file_.reset();  // the temporary file goes with it
}

}  // namespace chitieu
