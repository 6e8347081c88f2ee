// The assessment methods' words: names, sources, categories, and the measure beside a status;
// and the words on charts. English and Vietnamese.
#include <fmt/format.h>

#include <array>
#include <string_view>

#include "chitieu/report/number_format.hpp"
#include "labels.hpp"

namespace chitieu {

std::string method_title(AssessmentMethod method, Lang lang) {
    const bool vi = lang == Lang::vi;
    switch (method) {
        case AssessmentMethod::eurostat:
            return vi ? "đánh giá tiến độ SDG của Eurostat" : "Eurostat SDG progress assessment";
        case AssessmentMethod::unsd:
            return vi ? "biểu đồ tiến độ SDG của Cơ quan Thống kê Liên hợp quốc (UNSD)"
                      : "UN Statistics Division (UNSD) SDG progress chart";
        case AssessmentMethod::dns:
            return vi ? "ký hiệu thời tiết của Chiến lược phát triển bền vững của Đức (DNS)"
                      : "German Sustainable Development Strategy (DNS) weather symbols";
    }
    return "";
}

std::string method_category_label(const std::string& method, const std::string& category, Lang lang) {
    struct CategoryWords {
        std::string_view method, category, en, vi;
    };
    static constexpr CategoryWords kWords[] = {
        {"unsd", kUnsdOnTrackCategory, "on track", "đúng tiến độ"},
        {"unsd", kUnsdAccelerationCategory, "acceleration needed", "cần đẩy nhanh tiến độ"},
        {"unsd", kUnsdStagnationCategory, "stagnation or regression", "trì trệ hoặc đi lùi"},
        {"dns", kDnsSunnyCategory, "sunny", "nắng"},
        {"dns", kDnsPartlyCloudyCategory, "partly cloudy", "ít mây"},
        {"dns", kDnsCloudyCategory, "cloudy", "nhiều mây"},
        {"dns", kDnsThunderstormCategory, "thunderstorm", "giông bão"},
    };
    for (const CategoryWords& entry : kWords)
        if (entry.method == method && entry.category == category)
            return std::string(lang == Lang::vi ? entry.vi : entry.en);
    return category;  // a name this version does not know prints as it is
}

std::string method_category_text(const TargetResult& result, Lang lang) {
    for (const Note& note : result.notes) {
        if (note.code != NoteCode::method_category || note.names.size() < 2) continue;
        std::string category = method_category_label(note.names[0], note.names[1], lang);
        return category == status_label(result.status, lang) ? std::string() : category;
    }
    return "";
}

std::array<double, 2> method_thresholds(const Assessment& assessment) {
    switch (assessment.method) {
        case AssessmentMethod::eurostat:
            break;
        case AssessmentMethod::unsd:
            return {kUnsdOnTrack, kUnsdAcceleration};
        case AssessmentMethod::dns:
            return {kDnsWarning, kDnsOffTrack};
    }
    return {assessment.on_track, assessment.at_risk};
}

std::string progress_measure(const Assessment& assessment, double ratio, Lang lang) {
    // Never a figure that contradicts the status beside it: more decimals where rounding would
    // put it on a threshold (number_format.hpp, decimals_beside).
    std::array<double, 2> thresholds = method_thresholds(assessment);
    if (assessment.method == AssessmentMethod::dns) {
        const double percent = ratio * 100.0;
        for (double& threshold : thresholds) threshold *= 100.0;
        const int decimals = decimals_beside(percent, 1, thresholds);
        return "s = " + format_number(percent, language_style(lang, decimals, false)) + " %";
    }
    const std::string figure =
        format_number(ratio, language_style(lang, decimals_beside(ratio, 2, thresholds), false));
    if (assessment.method == AssessmentMethod::unsd) return "P = " + figure;
    return std::string(words(lang).progress_ratio) + " " + figure;
}

const ChartWords& chart_words(Lang lang) {
    static constexpr ChartWords kEnglish{
        .actual = "Actual",
        .required = "Required path",
        .projection = "Projection",
        .target = "Target",
        .year = "Year",
        .level = "Level",
    };
    static constexpr ChartWords kVietnamese{
        .actual = "Thực hiện",
        .required = "Lộ trình cần thiết",
        .projection = "Dự báo",
        .target = "Chỉ tiêu",
        .year = "Năm",
        .level = "Giá trị",
    };
    return lang == Lang::vi ? kVietnamese : kEnglish;
}

const SheetWords& sheet_words(Lang lang) {
    static constexpr SheetWords kEnglish{
        .col_area = "Area",
        .col_target_id = "Target id",
        .col_unit = "Unit",
        .col_achievement = "Achievement (%)",
        .col_series = "Series",
        .as_of = "Evaluated as of",
        .charts =
            "Charts: each target's sheet charts the first {} areas of its table, one chart an area "
            "(its title names the area); the table and the summary have every area.",
    };
    static constexpr SheetWords kVietnamese{
        .col_area = "Địa bàn",
        .col_target_id = "Mã chỉ tiêu",
        .col_unit = "Đơn vị tính",
        .col_achievement = "Mức hoàn thành (%)",
        .col_series = "Dãy số",
        .as_of = "Đánh giá tại năm",
        .charts =
            "Biểu đồ: mỗi sheet chỉ tiêu vẽ biểu đồ cho {} địa bàn đầu tiên trong bảng, mỗi địa bàn một "
            "biểu đồ (tên biểu đồ ghi địa bàn); bảng và sheet tổng hợp có đủ mọi địa bàn.",
    };
    return lang == Lang::vi ? kVietnamese : kEnglish;
}

}  // namespace chitieu
