// One sentence per NoteCode, in English and Vietnamese: why a figure is what it is.
#include <fmt/format.h>

#include "labels.hpp"

namespace chitieu {

namespace {

std::string join_names(const std::vector<std::string>& names) {
    std::string out;
    for (const std::string& name : names) {
        if (!out.empty()) out += ", ";
        out += name;
    }
    return out;
}

std::string first_name(const Note& note) {
    return note.names.empty() ? std::string() : note.names.front();
}

std::string occupancy_method_sentence(const Note& note, bool vi) {
    const std::string method = first_name(note);
    if (method == "weighted")
        return vi ? "Tỷ lệ lấp đầy tính theo diện tích: tổng diện tích đã cho thuê ÷ tổng diện tích đất "
                    "công nghiệp có thể cho thuê."
                  : "Occupancy is area-weighted: total leased land ÷ total leasable land.";
    if (method == "mean")
        return vi ? "Tỷ lệ lấp đầy là bình quân cộng tỷ lệ lấp đầy của từng khu, cụm công nghiệp."
                  : "Occupancy is the mean of each zone's leased ÷ leasable rate.";
    return fmt::format("{}: {}.", vi ? "Phương pháp tính tỷ lệ lấp đầy" : "Occupancy method", method);
}

std::string growth_mean_sentence(const Note& note, bool vi) {
    const std::string mean = first_name(note);
    if (mean == "compound")
        return vi ? "Tốc độ tăng trưởng là tốc độ bình quân hằng năm tính theo bình quân nhân từ năm gốc."
                  : "Growth is the compound (geometric) annual average from the base year.";
    if (mean == "arithmetic")
        return vi ? "Tốc độ tăng trưởng là bình quân cộng tốc độ tăng của từng năm."
                  : "Growth is the arithmetic mean of the year-on-year rates.";
    if (mean == "every_year")
        return vi ? "Tốc độ tăng của từng năm đều phải đạt chỉ tiêu; giá trị thực hiện là năm thấp nhất."
                  : "Every year's growth must meet the target; the actual figure is the weakest year.";
    return fmt::format("{}: {}.", vi ? "Cách tính tốc độ tăng trưởng" : "Growth averaging", mean);
}

// "2024 figure preliminary": the status may move when the final figure comes.
std::string standing_sentence(const Note& note, bool vi) {
    const bool estimated = first_name(note) == "estimated";
    if (vi)
        return fmt::format(
            "Số liệu năm {} là số {}: kết quả đánh giá có thể thay đổi khi có số liệu chính thức.",
            note.year_a, estimated ? "ước tính" : "sơ bộ");
    return fmt::format("{} figure {}: the status may change with the final figure.", note.year_a,
                       estimated ? "estimated" : "preliminary");
}

std::string name_at(const Note& note, std::size_t index) {
    return index < note.names.size() ? note.names[index] : std::string();
}

// What a method's category means, after its name.
std::string category_meaning(const std::string& category, bool vi) {
    if (category == kUnsdOnTrackCategory)
        return vi ? "dự báo đi được ít nhất 95 % quãng đường từ năm gốc đến chỉ tiêu"
                  : "the projection covers at least 95 % of the way from the base to the target";
    if (category == kUnsdAccelerationCategory)
        return vi ? "dự báo đi được từ 10 % đến dưới 95 % quãng đường từ năm gốc đến chỉ tiêu"
                  : "the projection covers 10 % to under 95 % of the way from the base to the target";
    if (category == kUnsdStagnationCategory)
        return vi ? "dự báo đi được dưới 10 % quãng đường từ năm gốc đến chỉ tiêu, hoặc đi ngược lại"
                  : "the projection covers under 10 % of the way from the base to the target, or moves away";
    if (category == kDnsSunnyCategory)
        return vi ? "nếu giữ xu hướng này, chỉ tiêu sẽ đạt hoặc chỉ hụt dưới 5 % khoảng cách còn lại"
                  : "if the trend continues, the target is reached or missed by under 5 % of the distance "
                    "left";
    if (category == kDnsPartlyCloudyCategory)
        return vi ? "nếu giữ xu hướng này, chỉ tiêu sẽ hụt từ 5 % đến 20 % khoảng cách còn lại"
                  : "if the trend continues, the target is missed by 5 % to 20 % of the distance left";
    if (category == kDnsCloudyCategory)
        return vi ? "đúng hướng, nhưng nếu giữ xu hướng này chỉ tiêu sẽ hụt hơn 20 % khoảng cách còn lại"
                  : "moving towards the target, but missing it by over 20 % of the distance left";
    if (category == kDnsThunderstormCategory)
        return vi ? "không tiến về phía chỉ tiêu: khoảng cách giữ nguyên hoặc tăng lên"
                  : "not moving towards the target: the distance stays or grows";
    return "";
}

std::string method_category_sentence(const Note& note, Lang lang) {
    const bool vi = lang == Lang::vi;
    const std::string method = name_at(note, 0);
    const std::string category = name_at(note, 1);
    const char* name = method == "dns" ? (vi ? "Ký hiệu thời tiết DNS" : "DNS weather symbol")
                                       : (vi ? "Biểu đồ tiến độ UNSD" : "UNSD progress chart");
    const std::string meaning = category_meaning(category, vi);
    return fmt::format("{}: {}{}.", name, method_category_label(method, category, lang),
                       meaning.empty() ? "" : " — " + meaning);
}

std::string dns_extrapolation_sentence(const Note& note, Lang lang) {
    const bool vi = lang == Lang::vi;
    const bool relative = name_at(note, 0) == "relative";
    std::string out;
    if (vi)
        out = relative ? fmt::format(
                             "Dự báo: giữ tốc độ thay đổi tương đối bình quân hằng năm (bình quân nhân) "
                             "giai đoạn {}–{} đến năm mục tiêu.",
                             note.year_a, note.year_b)
                       : fmt::format(
                             "Dự báo: giữ mức thay đổi tuyệt đối bình quân hằng năm giai đoạn {}–{} "
                             "đến năm mục tiêu (đường thẳng).",
                             note.year_a, note.year_b);
    else
        out = relative ? fmt::format(
                             "Projection: the average relative (compound) annual change {}–{}, carried to "
                             "the target year.",
                             note.year_a, note.year_b)
                       : fmt::format(
                             "Projection: the average absolute annual change {}–{}, carried to the "
                             "target year (a straight line).",
                             note.year_a, note.year_b);
    if (name_at(note, 1) == "positive_values_needed")
        out += vi ? " Có giá trị không dương nên không tính được thay đổi tương đối; dùng thay đổi tuyệt đối."
                  : " Relative changes need positive values, so absolute changes are used.";
    return out;
}

// Names the series the target needs that the area lacks, when the engine found any.
std::string no_observation_sentence(const Note& note, bool vi) {
    if (note.names.empty())
        return vi ? "Chưa có số liệu cho chỉ tiêu này." : "No observation for this target.";
    if (note.count == 3 && note.names.size() == 2)
        return vi ? fmt::format(
                        "Chưa có số liệu {} (tử số) và {} (mẫu số), các chuỗi số liệu chỉ tiêu này cần.",
                        note.names[0], note.names[1])
                  : fmt::format(
                        "No observation of {} (the numerator) or {} (the denominator), the series this "
                        "target needs.",
                        note.names[0], note.names[1]);
    const char* role = note.count == 1   ? (vi ? " (tử số)" : " (the numerator)")
                       : note.count == 2 ? (vi ? " (mẫu số)" : " (the denominator)")
                                         : "";
    if (*role != '\0')  // one of a share's two series
        return vi ? fmt::format("Chưa có số liệu {}{}, một chuỗi số liệu chỉ tiêu này cần.", note.names[0],
                                role)
                  : fmt::format("No observation of {}{}, a series this target needs.", note.names[0], role);
    return vi ? fmt::format("Chưa có số liệu {}, chuỗi số liệu chỉ tiêu này cần.", note.names[0])
              : fmt::format("No observation of {}, the series this target needs.", note.names[0]);
}

}  // namespace

std::string note_sentence(const Note& note, Lang lang) {
    const bool vi = lang == Lang::vi;
    switch (note.code) {
        case NoteCode::base_year_fallback:
            return vi ? fmt::format("Không có số liệu năm gốc {}; dùng năm {} làm gốc.", note.year_a,
                                    note.year_b)
                      : fmt::format("No value for the base year {}; {} is used as the base.", note.year_a,
                                    note.year_b);
        case NoteCode::no_observation:
            return no_observation_sentence(note, vi);
        case NoteCode::single_observation:
            return vi ? fmt::format(
                            "Chỉ có số liệu của một năm ({}) và chưa đạt chỉ tiêu: chưa thể đánh giá "
                            "xu hướng.",
                            note.year_a)
                      : fmt::format(
                            "Only one observation ({}), which does not meet the target: no trend can be "
                            "judged.",
                            note.year_a);
        case NoteCode::opposite_signs:
            return vi ? "Giá trị năm gốc và năm gần nhất trái dấu: không tính được tốc độ tăng trưởng."
                      : "The base and latest values have opposite signs: growth cannot be measured.";
        case NoteCode::nonpositive_values:
            return vi ? "Có giá trị bằng 0 hoặc âm nên không tính được tốc độ tăng trưởng bình quân."
                      : "A zero or negative value leaves compound growth undefined.";
        case NoteCode::linear_pace:
            return vi ? "Giá trị năm gốc, năm gần nhất hoặc chỉ tiêu không dương: tiến độ được đánh giá theo "
                        "mức thay đổi tuyệt đối, không tính tốc độ tăng trưởng."
                      : "The base, latest or target value is not positive: progress is judged on the "
                        "absolute "
                        "(linear) pace, and growth rates are not shown.";
        case NoteCode::target_at_base:
            return vi ? "Chỉ tiêu bằng giá trị năm gốc: mọi thay đổi theo đúng hướng đều được coi là đúng "
                        "tiến độ."
                      : "The target equals the base-year value: any move in the right direction is on track.";
        case NoteCode::after_target_year:
            return vi ? fmt::format(
                            "Đánh giá tại năm {}, sau năm mục tiêu: căn cứ vào số liệu của năm mục tiêu.",
                            note.year_a)
                      : fmt::format(
                            "Evaluated as of {}, after the target year: judged on the target year's value.",
                            note.year_a);
        case NoteCode::target_year_missing:
            return vi ? fmt::format("Không có số liệu năm mục tiêu {}: chưa thể kết luận đạt hay không đạt.",
                                    note.year_a)
                      : fmt::format(
                            "No value for the target year {}: the target cannot be judged met or not met.",
                            note.year_a);
        case NoteCode::zones_left_out:
            if (vi)
                return fmt::format(
                    "{} khu, cụm công nghiệp chưa có số liệu diện tích nên không được tính vào tỷ "
                    "lệ lấp đầy.",
                    note.count);
            return note.count == 1
                       ? "1 zone without land figures was left out of the occupancy rate."
                       : fmt::format("{} zones without land figures were left out of the occupancy rate.",
                                     note.count);
        case NoteCode::occupancy_method:
            return occupancy_method_sentence(note, vi);
        case NoteCode::milestones_reached:
            return fmt::format("{}: {}.", vi ? "Đã đạt" : "Reached", join_names(note.names));
        case NoteCode::milestones_missing:
            return fmt::format("{}: {}.", vi ? "Chưa đạt" : "Not reached", join_names(note.names));
        case NoteCode::zones_unknown:
            return vi ? fmt::format("Không có trong dữ liệu đầu vào (đề nghị kiểm tra lại tên khu, cụm): {}.",
                                    join_names(note.names))
                      : fmt::format("Not found among the input zones (check the names): {}.",
                                    join_names(note.names));
        case NoteCode::counted_zones:
            if (note.names.empty()) return vi ? "Chưa có khu, cụm nào được tính." : "No zone counted.";
            return fmt::format("{}: {}.", vi ? "Các khu, cụm được tính" : "Zones counted",
                               join_names(note.names));
        case NoteCode::denominator_zero:
            return vi ? fmt::format("Mẫu số bằng 0 trong năm {}; năm này không được tính.", note.year_a)
                      : fmt::format("The denominator is zero in {}; that year is left out.", note.year_a);
        case NoteCode::growth_mean:
            return growth_mean_sentence(note, vi);
        case NoteCode::years_failing:
            return fmt::format("{}: {}.", vi ? "Các năm không đạt chỉ tiêu" : "Years that missed the target",
                               join_names(note.names));
        case NoteCode::method_category:
            return method_category_sentence(note, lang);
        case NoteCode::dns_extrapolation:
            return dns_extrapolation_sentence(note, lang);
        case NoteCode::no_zones:  // worded like no_observation: nothing to judge, not zero
            return vi ? "Chưa có số liệu khu, cụm công nghiệp của địa bàn này."
                      : "No zones were given for this area.";
        case NoteCode::years_missing:
            return fmt::format("{}: {}.",
                               vi ? "Thiếu số liệu các năm cần để đánh giá" : "No value for the years needed",
                               join_names(note.names));
        case NoteCode::before_base_year:
            return vi ? fmt::format(
                            "Đánh giá tại năm {}, trước năm gốc {}: kỳ kế hoạch chưa có số liệu để đánh "
                            "giá; số liệu các năm trước năm gốc không được dùng.",
                            note.year_b, note.year_a)
                      : fmt::format(
                            "Evaluated as of {}, before the base year {}: the plan period has no data to "
                            "judge yet; values from before the base year are not used.",
                            note.year_b, note.year_a);
        case NoteCode::figure_standing:
            return standing_sentence(note, vi);
        case NoteCode::unit_converted:
            return fmt::format(
                fmt::runtime(vi ? "{}: đã quy đổi từ {} sang {}{}." : "{}: converted from {} to {}{}."),
                name_at(note, 0), unit_label(name_at(note, 1), lang), unit_label(name_at(note, 2), lang),
                note.figures.empty() ? std::string()
                                     : " (" + conversion_factor_text(note.figures[0], lang) + ")");
        case NoteCode::band_exceeded:
            return vi ? "Vượt cận trên của khoảng mục tiêu: đạt và vượt chỉ tiêu."
                      : "Above the band's upper end: met, and exceeded the band.";
        case NoteCode::every_year_failing:
            return vi ? fmt::format(
                            "Chỉ tiêu phải đạt hằng năm; năm {} là năm đầu tiên không đạt (các năm "
                            "không đạt: {}).",
                            note.year_a, join_names(note.names))
                      : fmt::format(
                            "The goal must hold every year; {} was the first year that missed it "
                            "(years that missed: {}).",
                            note.year_a, join_names(note.names));
        case NoteCode::every_year_held:
            if (note.year_a == note.year_b)
                return vi ? fmt::format("Năm {} đạt chỉ tiêu; các năm sau đến năm mục tiêu cũng phải đạt.",
                                        note.year_a)
                          : fmt::format("{} met the goal; every later year to the target year must too.",
                                        note.year_a);
            return vi ? fmt::format("Các năm từ {} đến {} đều đạt chỉ tiêu.", note.year_a, note.year_b)
                      : fmt::format("Every year from {} to {} met the goal.", note.year_a, note.year_b);
        case NoteCode::ratio_scale_mismatch:
            return vi ? fmt::format(
                            "Đơn vị của tử số, mẫu số và chỉ tiêu cho hệ số {}, nhưng bộ chỉ tiêu ghi "
                            "scale: {}; cần sửa một trong hai.",
                            name_at(note, 0), name_at(note, 1))
                      : fmt::format(
                            "The units of the numerator, denominator and target imply a scale of {}, "
                            "but the target set gives scale: {}; correct one of them.",
                            name_at(note, 0), name_at(note, 1));
        case NoteCode::ratio_scale_from_units:
            return vi ? fmt::format("Hệ số {} suy ra từ đơn vị của tử số, mẫu số và chỉ tiêu.",
                                    name_at(note, 0))
                      : fmt::format("Scale {} from the units of the numerator, denominator and target.",
                                    name_at(note, 0));
        case NoteCode::cumulative_window:
            return vi ? fmt::format(
                            "Tổng cộng dồn số liệu các năm từ {} đến {}; thiếu số liệu một năm thì chưa "
                            "tính được tổng.",
                            note.year_a, note.year_b)
                      : fmt::format(
                            "The yearly values from {} to {} are summed; a year without a value leaves "
                            "the total unknown.",
                            note.year_a, note.year_b);
    }
    return "";
}

}  // namespace chitieu
