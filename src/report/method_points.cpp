// The Method section in words: what the figures mean and how a status is decided. Each report
// prints the thresholds it actually used, so a reader can check a status by hand.
#include <fmt/format.h>

#include "chitieu/report/labels.hpp"

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
            "tỷ lệ); mức độ hoàn thành = thực hiện ÷ chỉ tiêu × 100.",
            "Tỷ trọng = tử số ÷ mẫu số × 100. Tỷ lệ lấp đầy = diện tích đã cho thuê ÷ diện tích có thể cho "
            "thuê × 100, tính chung cho các khu, cụm (bình quân theo diện tích) hoặc bình quân cộng tỷ lệ "
            "của từng khu, cụm; phương pháp áp dụng cho từng chỉ tiêu được nêu trong phần ghi chú.",
            fmt::format("Đánh giá: từ năm mục tiêu trở đi, chỉ tiêu là đạt khi số liệu năm mục tiêu thỏa "
                        "mãn chỉ tiêu, ngược lại là không đạt. Trước năm mục tiêu, chỉ tiêu đã thỏa mãn được "
                        "đánh giá là đạt (riêng chỉ tiêu tăng trưởng không đánh giá đạt trước hạn); các "
                        "trường hợp khác căn cứ tỷ số tiến độ, bằng tốc độ thực tế ÷ tốc độ cần thiết (đổi "
                        "dấu với chỉ tiêu càng thấp càng tốt): từ {0} trở lên là đúng tiến độ, từ {1} đến "
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
        "achievement is actual ÷ target × 100.",
        "A share is numerator ÷ denominator × 100. Occupancy is leased ÷ leasable land × 100, over all "
        "zones together (area-weighted) or as the mean of each zone's rate; each target's notes say which.",
        fmt::format("Status: from the target year on, a target is met when the target year's value "
                    "satisfies it, else not met. Before the target year, a target already satisfied is met "
                    "(a growth target never early); otherwise the progress ratio, actual rate ÷ required "
                    "rate (sign reversed for lower-is-better targets), decides: on track at {0} or more, at "
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

}  // namespace chitieu
