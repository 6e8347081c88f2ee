// The Method section in words: what the figures mean and how a status is decided. Each report
// prints the thresholds it actually used, so a reader can check a status by hand.
#include <fmt/format.h>

#include "chitieu/report/number_format.hpp"
#include "labels.hpp"

namespace chitieu {

std::vector<std::string> method_points(Lang lang, const std::string& on_track, const std::string& at_risk) {
    if (lang == Lang::vi) {
        return {
            "Tốc độ tăng trưởng là tốc độ bình quân hằng năm tính theo bình quân nhân: tốc độ thực tế tính "
            "từ năm gốc đến năm có số liệu gần nhất, bằng (giá trị năm gần nhất ÷ giá trị năm gốc)^(1 ÷ số "
            "năm) − 1; tốc độ cần thiết là tốc độ đưa giá trị năm gốc đạt chỉ tiêu vào năm mục tiêu; tốc độ "
            "cần đạt là tốc độ đưa giá trị năm gần nhất đạt chỉ tiêu trong những năm còn lại.",
            "Dự báo: giá trị năm gần nhất tăng theo tốc độ thực tế đến năm mục tiêu.",
            "Chênh lệch = thực hiện − chỉ tiêu, theo đơn vị của chỉ tiêu (điểm phần trăm đối với chỉ tiêu "
            "tỷ lệ); mức độ hoàn thành = thực hiện ÷ chỉ tiêu × 100, riêng chỉ tiêu càng thấp càng tốt (như "
            "“dưới 1 %”) là chỉ tiêu ÷ thực hiện × 100, nên chưa đạt thì luôn dưới 100 %.",
            "Tỷ trọng = tử số ÷ mẫu số × 100. Tỷ lệ lấp đầy = diện tích đã cho thuê ÷ diện tích có thể cho "
            "thuê × 100, tính chung cho các khu, cụm (bình quân theo diện tích) hoặc bình quân cộng tỷ lệ "
            "của từng khu, cụm; phương pháp áp dụng cho từng chỉ tiêu được nêu trong phần ghi chú.",
            fmt::format(
                "Đánh giá: từ năm mục tiêu trở đi, chỉ tiêu là đạt khi số liệu năm mục tiêu thỏa "
                "mãn chỉ tiêu, ngược lại là không đạt. Trước năm mục tiêu, chỉ tiêu đã thỏa mãn được "
                "đánh giá là đạt (riêng chỉ tiêu tăng trưởng không đánh giá đạt trước hạn); các "
                "trường hợp khác căn cứ tỷ số tiến độ, bằng tốc độ thực tế ÷ tốc độ cần thiết (đổi "
                "dấu với chỉ tiêu càng thấp càng tốt; với chỉ tiêu tăng trưởng là một giới hạn ngược chiều, "
                "như “dưới 3 %/năm”, cộng thêm 2, để giới hạn ứng với 1): từ {0} trở lên là đúng tiến độ, từ "
                "{1} đến "
                "dưới {0} là có nguy cơ không đạt, dưới {1} là chệch hướng. Chưa đủ dữ liệu: không "
                "đủ số liệu để đánh giá; phần ghi chú nêu lý do.",
                on_track, at_risk),
            fmt::format("Phương pháp: đánh giá tiến độ thực hiện SDG của Eurostat (tỷ số giữa tốc độ tăng "
                        "trưởng thực tế và tốc độ cần thiết, cũng được Cơ quan Thống kê Canada và Open SDG "
                        "sử dụng), với các ngưỡng {} và {}.",
                        on_track, at_risk),
            "So sánh theo đúng câu chữ của kế hoạch: “trên X” là lớn hơn X (>), “ít nhất X” là lớn hơn "
            "hoặc bằng X (≥).",
        };
    }
    return {
        "Growth rates are compound annual averages: the actual rate runs from the base year to the latest "
        "year observed, (latest value ÷ base value)^(1 ÷ years) − 1; the required rate takes the base-year "
        "value to the target in the target year; the remaining rate takes the latest value to the target "
        "in the years left.",
        "The projection carries the latest value to the target year at the actual rate.",
        "The gap is actual − target, in the target's unit (percentage points for percentages); "
        "achievement is actual ÷ target × 100, or target ÷ actual × 100 where lower is better (“< 1 %”), "
        "so a missed target is always under 100 %.",
        "A share is numerator ÷ denominator × 100. Occupancy is leased ÷ leasable land × 100, over all "
        "zones together (area-weighted) or as the mean of each zone's rate; each target's notes say which.",
        fmt::format(
            "Status: from the target year on, a target is met when the target year's value "
            "satisfies it, else not met. Before the target year, a target already satisfied is met "
            "(a growth target never early); otherwise the progress ratio, actual rate ÷ required "
            "rate (sign reversed for lower-is-better targets; plus 2 for a growth bound the other way, such "
            "as < 3 %/yr, so that 1 is the bound), decides: on track at {0} or more, at "
            "risk from {1} to below {0}, off track below {1}. Insufficient data: nothing can be "
            "judged; the notes say why.",
            on_track, at_risk),
        fmt::format("Method: Eurostat SDG progress assessment (ratio of actual to required growth, also "
                    "used by Statistics Canada and Open SDG), with thresholds {} and {}.",
                    on_track, at_risk),
        "Comparisons follow the plan's wording: “trên X” (over X) is strictly greater (>), “ít nhất X” "
        "(at least X) is ≥.",
    };
}

namespace {

// The two points of method_points() that state the status rule and name the method, for unsd and
// dns (the other points hold for every method).
std::vector<std::string> unsd_points(Lang lang) {
    const std::string on = format_exact(kUnsdOnTrack, lang);
    const std::string low = format_exact(kUnsdAcceleration, lang);
    if (lang == Lang::vi)
        return {
            fmt::format(
                "Đánh giá: từ năm mục tiêu trở đi, chỉ tiêu là đạt khi số liệu năm mục tiêu thỏa mãn chỉ "
                "tiêu, ngược lại là không đạt. Trước năm mục tiêu, chỉ tiêu đã thỏa mãn được đánh giá là "
                "đạt (riêng chỉ tiêu tăng trưởng không đánh giá đạt trước hạn); các trường hợp khác căn cứ "
                "thước đo P = (giá trị dự báo − giá trị năm gốc) ÷ (chỉ tiêu − giá trị năm gốc), tức phần "
                "quãng đường từ năm gốc đến chỉ tiêu mà dự báo đi được đến năm mục tiêu: từ {0} trở lên là "
                "đúng tiến độ, từ {1} đến dưới {0} là cần đẩy nhanh tiến độ (có nguy cơ không đạt), dưới "
                "{1} là trì trệ hoặc đi lùi (chệch hướng). Với chỉ tiêu tăng trưởng, chỉ tiêu là mức giá "
                "trị mà tốc độ mục tiêu đạt tới; với chỉ tiêu số lượng và mốc hoàn thành, dự báo là đường "
                "thẳng từ năm gốc qua năm gần nhất và chỉ tiêu là số nguyên thỏa mãn điều kiện (5 với “trên "
                "4”); với giới hạn nằm ở phía bên kia giá trị năm gốc (như “dưới 3 %/năm”), P = 1 + phần "
                "dự báo còn nằm trong giới hạn ÷ |chỉ tiêu − giá trị năm gốc|. Chưa đủ dữ liệu: không đủ số "
                "liệu để đánh giá; phần "
                "ghi chú nêu lý do.",
                on, low),
            fmt::format(
                "Phương pháp: biểu đồ tiến độ SDG của Cơ quan Thống kê Liên hợp quốc (UNSD, SDG Progress "
                "Chart, ghi chú kỹ thuật), đánh giá tiến độ đạt chỉ tiêu định lượng, với các ngưỡng {} và "
                "{}.",
                on, low),
        };
    return {
        fmt::format(
            "Status: from the target year on, a target is met when the target year's value satisfies it, "
            "else not met. Before the target year, a target already satisfied is met (a growth target "
            "never early); otherwise P = (projection − base value) ÷ (target − base value), the share of "
            "the way from the base to the target that the projection covers by the target year, decides: "
            "on track at {0} or more, acceleration needed (at risk) from {1} to below {0}, stagnation or "
            "regression (off track) below {1}. For a growth target the target is the level its rate "
            "reaches; for counts and milestones the projection is the straight line from the base through "
            "the latest year, and the target the whole number that satisfies it (5 for > 4); for a bound "
            "on the other side of the base (< 3 %/yr), P = 1 + the projection's margin inside the bound ÷ "
            "|target − base value|. Insufficient data: nothing can be judged; the notes say why.",
            on, low),
        fmt::format(
            "Method: UN Statistics Division (UNSD) SDG progress chart (technical note), progress towards "
            "a quantitative target, with thresholds {} and {}.",
            on, low),
    };
}

std::vector<std::string> dns_points(Lang lang, DnsChanges changes) {
    const std::string warning = format_exact(kDnsWarning * 100.0, lang) + " %";
    const std::string off = format_exact(kDnsOffTrack * 100.0, lang) + " %";
    const bool relative = changes == DnsChanges::relative;
    if (lang == Lang::vi)
        return {
            fmt::format(
                "Đánh giá: từ năm mục tiêu trở đi, chỉ tiêu là đạt khi số liệu năm mục tiêu thỏa mãn chỉ "
                "tiêu, ngược lại là không đạt. Trước năm mục tiêu, chỉ tiêu đã thỏa mãn được đánh giá là "
                "đạt (riêng chỉ tiêu tăng trưởng không đánh giá đạt trước hạn); các trường hợp khác: mức "
                "thay đổi bình quân của {2} năm gần nhất ({3}) được giữ đến năm mục tiêu, và s = (chỉ tiêu "
                "− giá trị dự báo) ÷ (chỉ tiêu − giá trị năm gần nhất) là phần khoảng cách còn lại sẽ bị "
                "hụt: nắng (đúng tiến độ) khi đạt chỉ tiêu hoặc s dưới {0}, ít mây (có nguy cơ không đạt: "
                "đúng hướng nhưng cần lưu ý) khi s từ {0} đến {1}, nhiều mây (chệch hướng) khi s trên {1}, "
                "giông bão (chệch hướng) khi chỉ tiêu không tiến về phía mục tiêu. Chỉ tiêu số lượng và mốc "
                "hoàn thành dùng mức thay đổi tuyệt đối, so với số nguyên thỏa mãn chỉ tiêu (5 với “trên "
                "4”). "
                "Chưa đủ dữ liệu: không đủ số liệu để đánh giá; "
                "phần ghi chú nêu lý do.",
                warning, off, kDnsYears,
                relative ? "thay đổi tương đối, tính theo bình quân nhân"
                         : "thay đổi tuyệt đối, theo đơn vị của chỉ tiêu"),
            fmt::format(
                "Phương pháp: ký hiệu thời tiết trong báo cáo chỉ số của Chiến lược phát triển bền vững "
                "của Đức (Cơ quan Thống kê Liên bang Đức, Destatis), với các ngưỡng {} và {}; mức thay "
                "đổi tính theo giá trị {}.",
                warning, off, relative ? "tương đối" : "tuyệt đối"),
        };
    return {
        fmt::format(
            "Status: from the target year on, a target is met when the target year's value satisfies it, "
            "else not met. Before the target year, a target already satisfied is met (a growth target "
            "never early); otherwise the average of the last {2} annual changes ({3}) is carried to the "
            "target year, and s = (target − projection) ÷ (target − latest value), the share of the "
            "distance left that would be missed, decides: sunny (on track) when the target is reached or s "
            "is below {0}, partly cloudy (at risk: on track with a warning) from {0} to {1}, cloudy (off "
            "track) over {1}, thunderstorm (off track) when the indicator does not move towards the "
            "target. Counts and milestones average absolute changes, against the whole number that "
            "satisfies the target (5 for > 4). Insufficient data: nothing can be judged; the notes say "
            "why.",
            warning, off, kDnsYears,
            relative ? "relative changes, as a compound rate" : "absolute changes, in the target's unit"),
        fmt::format(
            "Method: weather symbols of the German Sustainable Development Strategy's indicator report "
            "(Federal Statistical Office, Destatis), with thresholds {} and {}; changes averaged {}.",
            warning, off, relative ? "relatively" : "absolutely"),
    };
}

}  // namespace

std::vector<std::string> method_points(Lang lang, const Assessment& assessment) {
    std::vector<std::string> points =
        method_points(lang, format_exact(assessment.on_track, lang), format_exact(assessment.at_risk, lang));
    if (assessment.method == AssessmentMethod::eurostat) return points;
    // Points 4 and 5 state eurostat's status rule and name it; the others hold for every method.
    std::vector<std::string> own = assessment.method == AssessmentMethod::unsd
                                       ? unsd_points(lang)
                                       : dns_points(lang, assessment.dns_changes);
    points[4] = own[0];
    points[5] = own[1];
    return points;
}

}  // namespace chitieu
