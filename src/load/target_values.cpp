// --target-values tables (chitieu/load/target_values.hpp): a CSV or a workbook sheet as a
// CellGrid, its header found and its rows read against the target set.
#include "chitieu/load/target_values.hpp"

#include <array>
#include <charconv>
#include <optional>
#include <vector>

#include "chitieu/load/cell_grid.hpp"
#include "chitieu/load/xlsx.hpp"
#include "chitieu/model/rules.hpp"
#include "chitieu/util/edit_distance.hpp"
#include "chitieu/util/unicode.hpp"
#include "csv_grid.hpp"
#include "header_words.hpp"

namespace chitieu {

namespace {

enum PlanColumn { kPlanArea, kPlanTarget, kPlanValue, kPlanYear, kPlanValueHigh, kPlanColumns };
constexpr const char* kColumnNames[] = {"area", "target_id", "value", "year", "value_high"};
constexpr int kAbsent = -1;
constexpr std::size_t kTitleLines = 10;  // rows looked at for the header

// A plan's own words for the columns, beyond the statistics tables' (header_words.cpp), folded.
struct Word {
    std::string_view words;
    PlanColumn column;
};
constexpr std::array<Word, 14> kPlanWords = {{
    {"target_id", kPlanTarget},
    {"target", kPlanTarget},
    {"mã chỉ tiêu", kPlanTarget},
    {"huyện", kPlanArea},
    {"xã", kPlanArea},
    {"huyện, thành phố", kPlanArea},
    {"huyện/thành phố", kPlanArea},
    {"xã, phường", kPlanArea},
    {"xã/phường", kPlanArea},
    {"kế hoạch", kPlanValue},
    {"mục tiêu", kPlanValue},
    {"target_value", kPlanValue},
    {"giá trị kế hoạch", kPlanValue},
    {"value_high", kPlanValueHigh},
}};

std::optional<PlanColumn> column_of(std::string_view cell) {
    if (const std::optional<std::string_view> word = header_words::column_for(cell)) {
        if (*word == "area") return kPlanArea;
        if (*word == "indicator") return kPlanTarget;  // "Chỉ tiêu": the target's id, in this table
        if (*word == "value") return kPlanValue;
        if (*word == "year") return kPlanYear;
        return std::nullopt;
    }
    const std::string folded = fold_words(cell);
    for (const Word& word : kPlanWords)
        if (folded == word.words) return word.column;
    return std::nullopt;
}

bool is_blank(const std::vector<GridCell>& row) {
    for (const GridCell& cell : row)
        if (cell.kind != GridCell::Kind::empty && !(cell.kind == GridCell::Kind::text && cell.text.empty()))
            return false;
    return true;
}

// A number cell as text (a year or an id typed as a number in a sheet): its shortest form.
std::string number_text(double number) {
    char digits[32];
    const auto result = std::to_chars(digits, digits + sizeof digits, number);
    return std::string(digits, result.ptr);
}

std::string text_of(const GridCell& cell) {
    if (cell.kind == GridCell::Kind::number && cell.text.empty()) return number_text(cell.number);
    return cell.text;
}

class Reader {
public:
    Reader(const CellGrid& grid, const TargetSet& set, NumberConvention numbers, Diagnostics& diagnostics)
        : grid_(grid), set_(set), numbers_(numbers), diagnostics_(diagnostics) {}

    AreaValues read() {
        const std::optional<std::size_t> header = find_header();
        if (!header) return {};
        for (std::size_t r = *header + 1; r < grid_.rows.size(); ++r)
            if (!is_blank(grid_.rows[r])) read_row(grid_.rows[r]);
        return std::move(values_);
    }

private:
    // The first row (of the first kTitleLines) with an area, a target and a value column.
    std::optional<std::size_t> find_header() {
        for (std::size_t r = 0; r < grid_.rows.size() && r < kTitleLines; ++r) {
            std::array<int, kPlanColumns> found;
            found.fill(kAbsent);
            for (std::size_t c = 0; c < grid_.rows[r].size(); ++c)
                if (const std::optional<PlanColumn> column = column_of(grid_.rows[r][c].text))
                    if (found[*column] == kAbsent) found[*column] = static_cast<int>(c);
            if (found[kPlanArea] == kAbsent || found[kPlanTarget] == kAbsent || found[kPlanValue] == kAbsent)
                continue;
            columns_ = found;
            return check_header(r) ? std::optional<std::size_t>(r) : std::nullopt;
        }
        diagnostics_.error(grid_.where,
                           "target values need a header with the columns area, target_id and value "
                           "(and optionally year), like area,target_id,value; none found in the first " +
                               std::to_string(kTitleLines) + " rows",
                           "bảng giá trị chỉ tiêu cần dòng tiêu đề có các cột area, target_id và value "
                           "(năm: year, không bắt buộc); không thấy trong " +
                               std::to_string(kTitleLines) + " dòng đầu");
        return std::nullopt;
    }

    // Every other non-empty header cell is a column of no known name, and one given twice is an
    // error: a value read from the wrong column would judge an area against a wrong target.
    bool check_header(std::size_t r) {
        const std::size_t before = diagnostics_.error_count();
        for (std::size_t c = 0; c < grid_.rows[r].size(); ++c) {
            const GridCell& cell = grid_.rows[r][c];
            if (cell.text.empty()) continue;
            const std::optional<PlanColumn> column = column_of(cell.text);
            if (!column)
                diagnostics_.error(cell.where,
                                   "unknown column '" + cell.text +
                                       "' in target values; the columns are area, target_id, "
                                       "value, and optionally year and value_high",
                                   "không nhận ra cột '" + cell.text +
                                       "' trong bảng giá trị chỉ tiêu; các cột là area, target_id, value, và "
                                       "nếu cần thì year và value_high");
            else if (columns_[*column] != static_cast<int>(c))
                diagnostics_.error(cell.where,
                                   "a second " + std::string(kColumnNames[*column]) + " column ('" +
                                       cell.text + "'); give each column once",
                                   "cột " + std::string(kColumnNames[*column]) + " thứ hai ('" + cell.text +
                                       "'); mỗi cột chỉ ghi một lần");
        }
        return diagnostics_.error_count() == before;
    }

    const GridCell* cell(const std::vector<GridCell>& row, PlanColumn column) const {
        const int at = columns_[column];
        if (at == kAbsent || static_cast<std::size_t>(at) >= row.size()) return nullptr;
        const GridCell& found = row[static_cast<std::size_t>(at)];
        return found.kind == GridCell::Kind::empty ||
                       (found.kind == GridCell::Kind::text && found.text.empty())
                   ? nullptr
                   : &found;
    }

    SourceLocation row_where(const std::vector<GridCell>& row) const {
        return row.empty() ? grid_.where : row.front().where;
    }

    std::optional<double> number(const GridCell& found, std::string_view what) {
        if (found.kind == GridCell::Kind::number) return found.number;
        if (found.kind != GridCell::Kind::text) {
            diagnostics_.error(found.where, std::string(what) + " must be a number; this cell is not",
                               std::string(what) + " phải là một số; ô này không phải là số");
            return std::nullopt;
        }
        const NumberParse parsed = parse_number(found.text, numbers_);
        if (!parsed.value) diagnostics_.error(found.where, parsed.error, parsed.error_vi);
        return parsed.value;
    }

    const Target* target_of(const GridCell& found) {
        const std::string id = text_of(found);
        if (const Target* target = set_.find(id)) return target;
        std::string message = "unknown target '" + id + "' in target values";
        std::string message_vi = "không có chỉ tiêu '" + id + "' trong bảng giá trị chỉ tiêu";
        const Target* near = nullptr;
        std::size_t best = 0;
        for (const Target& target : set_.targets)
            if (const std::optional<std::size_t> distance = typo_distance(id, target.id))
                if (!near || *distance < best) {
                    near = &target;
                    best = *distance;
                }
        if (near) {
            message += "; did you mean '" + near->id + "'?";
            message_vi += "; có phải là '" + near->id + "'?";
        } else {
            message += "; the target set " + set_.id + " has ";
            message_vi += "; bộ chỉ tiêu " + set_.id + " có ";
            for (std::size_t i = 0; i < set_.targets.size(); ++i) {
                message += (i ? ", " : "") + set_.targets[i].id;
                message_vi += (i ? ", " : "") + set_.targets[i].id;
            }
        }
        diagnostics_.error(found.where, message + " (`chitieu targets show` lists them)",
                           message_vi + " (`chitieu targets show` liệt kê các chỉ tiêu)");
        return nullptr;
    }

    void read_row(const std::vector<GridCell>& row) {
        const GridCell* area_cell = cell(row, kPlanArea);
        const GridCell* target_cell = cell(row, kPlanTarget);
        const GridCell* value_cell = cell(row, kPlanValue);
        if (!area_cell || !target_cell || !value_cell) {
            const PlanColumn missing = !area_cell ? kPlanArea : !target_cell ? kPlanTarget : kPlanValue;
            diagnostics_.error(row_where(row),
                               "this row of target values has no " + std::string(kColumnNames[missing]) +
                                   "; give area, target_id and value on every row",
                               "dòng này của bảng giá trị chỉ tiêu thiếu " +
                                   std::string(kColumnNames[missing]) +
                                   "; mỗi dòng phải có area, target_id và value");
            return;
        }
        const Target* target = target_of(*target_cell);
        if (!target) return;
        if (target->kind == TargetKind::milestones) {
            diagnostics_.error(target_cell->where,
                               "target '" + target->id +
                                   "' is a milestones target: its value is its list of "
                                   "zones, not a number per area",
                               "chỉ tiêu '" + target->id +
                                   "' là chỉ tiêu loại milestones: giá trị của nó là danh sách các khu, cụm, "
                                   "không phải một số cho mỗi địa bàn");
            return;
        }
        const std::optional<double> value = number(*value_cell, "value");
        if (!value) return;
        AreaValue given{*value, 0.0, value_cell->where};
        if (target->op == Op::between) {
            const GridCell* high = cell(row, kPlanValueHigh);
            if (!high) {
                diagnostics_.error(value_cell->where,
                                   "target '" + target->id +
                                       "' is a band (op: between): give its upper end in "
                                       "a value_high column",
                                   "chỉ tiêu '" + target->id +
                                       "' là một khoảng (op: between): hãy ghi đầu trên của nó trong cột "
                                       "value_high");
                return;
            }
            const std::optional<double> upper = number(*high, "value_high");
            if (!upper) return;
            if (!(*value < *upper)) {
                diagnostics_.error(high->where,
                                   "the band [" + text_of(*value_cell) + ", " + text_of(*high) +
                                       "] needs its lower end (value) below its upper end",
                                   "khoảng [" + text_of(*value_cell) + ", " + text_of(*high) +
                                       "] phải có đầu dưới (value) nhỏ hơn đầu trên");
                return;
            }
            given.value_high = *upper;
        } else if (const GridCell* high = cell(row, kPlanValueHigh)) {
            diagnostics_.error(high->where,
                               "value_high is the upper end of a band; target '" + target->id +
                                   "' is not one (op: between): leave the cell empty",
                               "value_high là đầu trên của một khoảng; chỉ tiêu '" + target->id +
                                   "' không phải là khoảng (op: between): hãy để trống ô này");
            return;
        }
        if (const GridCell* year_cell = cell(row, kPlanYear)) {
            const YearParse year = year_cell->kind == GridCell::Kind::number
                                       ? parse_year(number_text(year_cell->number))
                                       : parse_year(year_cell->text);
            if (!year.value) {
                diagnostics_.error(year_cell->where, year.error, year.error_vi);
                return;
            }
            if (*year.value != target->year) {
                diagnostics_.error(year_cell->where,
                                   "this value is for " + std::to_string(*year.value) + ", but target '" +
                                       target->id + "' is judged in " + std::to_string(target->year) +
                                       " (its year): give the " + std::to_string(target->year) +
                                       " value, or change the target's year in the target set",
                                   "giá trị này là của năm " + std::to_string(*year.value) +
                                       ", nhưng chỉ tiêu '" + target->id + "' được đánh giá vào năm " +
                                       std::to_string(target->year) + " (năm của nó): hãy ghi giá trị năm " +
                                       std::to_string(target->year) +
                                       ", hoặc đổi năm của chỉ tiêu trong bộ chỉ tiêu");
                return;
            }
        }
        const std::string area = to_nfc(text_of(*area_cell));
        const auto [at, inserted] = values_.targets[target->id].emplace(area, given);
        if (!inserted) {
            diagnostics_.error(given.where,
                               "a second value for '" + area + "' and target '" + target->id +
                                   "'; give one value per area and target",
                               "giá trị thứ hai cho '" + area + "' và chỉ tiêu '" + target->id +
                                   "'; mỗi địa bàn và chỉ tiêu chỉ ghi một giá trị");
            diagnostics_.note(at->second.where, "the first value is here", "giá trị đầu tiên ở đây");
        }
    }

    const CellGrid& grid_;
    const TargetSet& set_;
    NumberConvention numbers_;
    Diagnostics& diagnostics_;
    std::array<int, kPlanColumns> columns_{};
    AreaValues values_;
};

}  // namespace

AreaValues read_target_values(std::string_view bytes, const std::string& name, const TargetSet& set,
                              NumberConvention numbers, Diagnostics& diagnostics) {
    if (is_xlsx_name(name)) {
        const XlsxInputName input = split_xlsx_input(name);
        std::vector<CellGrid> grids = read_xlsx(bytes, input.file, input.sheet, diagnostics);
        if (grids.empty()) return {};
        return Reader(grids.front(), set, numbers, diagnostics).read();
    }
    const CellGrid grid = csv_grid::read(bytes, name, 0, diagnostics);
    return Reader(grid, set, numbers, diagnostics).read();
}

}  // namespace chitieu
