#include <doctest/doctest.h>

#include <sstream>

#include "chitieu/report/markdown_report.hpp"
#include "chitieu/util/utf8.hpp"
#include "sample_evaluation.hpp"

using namespace chitieu;

TEST_CASE("Markdown report in Vietnamese: the whole output") {
    const auto sample = test::make_sample();
    const std::string expected =
        "# Phát triển công nghiệp tỉnh Tuyên Quang giai đoạn 2021–2025\n"
        "\n"
        "Đánh giá tại năm 2022 theo bộ chỉ tiêu `tq-industry-2021-2025` (giai đoạn 2020–2025). "
        "Nguồn số liệu: Niên giám thống kê 2022.\n"
        "\n"
        "Tính đến năm 2022, trong 4 chỉ tiêu: 1 đúng tiến độ, 2 có nguy cơ không đạt, 1 chệch hướng. "
        "Cần đẩy nhanh tiến độ: Giá trị sản xuất công nghiệp (giá so sánh 2010) đạt 65,3 % kế hoạch; "
        "Tăng trưởng bình quân \\| 2021–2025 đạt 12,2 %/năm (chỉ tiêu > 14 %/năm); Thành lập mới khu "
        "công nghiệp.\n"
        "\n"
        "## Tổng hợp\n"
        "\n"
        "| Chỉ tiêu                                        | Mục tiêu                              "
        "           | Thực hiện |  Năm | Chênh lệch | Đánh giá                |\n"
        "|-------------------------------------------------|----------------------------------------"
        "----------|----------:|-----:|-----------:|-------------------------|\n"
        "| Giá trị sản xuất công nghiệp (giá so sánh 2010) | > 27.700 tỷ đồng năm 2025             "
        "           |    18.095 | 2022 |     -9.605 | 🟡 có nguy cơ không đạt |\n"
        "| Tăng trưởng bình quân \\| 2021–2025              | > 14 %/năm giai đoạn 2020–2025        "
        "           |      12,2 | 2022 |       -1,8 | 🟡 có nguy cơ không đạt |\n"
        "| Tỷ trọng lao động ngành công nghiệp             | > 25,8 % năm 2025                     "
        "           |      22,5 | 2022 |       -3,3 | 🟢 đúng tiến độ         |\n"
        "| Thành lập mới khu công nghiệp                   | thành lập đủ 3 khu, cụm công nghiệp "
        "đến năm 2025 |         1 | 2022 |          — | 🔴 chệch hướng          |\n"
        "\n"
        "🟢 1 đúng tiến độ · 🟡 2 có nguy cơ không đạt · 🔴 1 chệch hướng\n"
        "\n"
        "## Chi tiết từng chỉ tiêu\n"
        "\n"
        "### 1. Giá trị sản xuất công nghiệp (giá so sánh 2010) (`industrial_output`)\n"
        "\n"
        "- Mục tiêu: > 27.700 tỷ đồng năm 2025\n"
        "- Loại chỉ tiêu: giá trị tuyệt đối\n"
        "- Đánh giá: 🟡 có nguy cơ không đạt (tỷ số tiến độ 0,87)\n"
        "- Thực hiện: 18.095 tỷ đồng (năm 2022)\n"
        "- Giá trị năm gốc: 14.386,6 tỷ đồng (năm 2020)\n"
        "- Chênh lệch: -9.605 tỷ đồng\n"
        "- Mức độ hoàn thành: đạt 65,3 % kế hoạch\n"
        "- Tốc độ tăng trưởng thực tế: 12,2 %/năm\n"
        "- Tốc độ tăng trưởng cần thiết: 14,0 %/năm\n"
        "- Tốc độ tăng trưởng cần đạt từ 2022 đến 2025: 15,3 %/năm\n"
        "- Dự báo năm 2025 theo tốc độ hiện tại: 25.034,2 tỷ đồng\n"
        "\n"
        "Số liệu theo năm:\n"
        "\n"
        "|  Năm | Giá trị (tỷ đồng) |\n"
        "|-----:|------------------:|\n"
        "| 2020 |          14.386,6 |\n"
        "| 2021 |            16.143 |\n"
        "| 2022 |            18.095 |\n"
        "\n"
        "### 2. Tăng trưởng bình quân \\| 2021–2025 (`industrial_output_growth`)\n"
        "\n"
        "- Mục tiêu: > 14 %/năm giai đoạn 2020–2025\n"
        "- Loại chỉ tiêu: tốc độ tăng trưởng\n"
        "- Đánh giá: 🟡 có nguy cơ không đạt (tỷ số tiến độ 0,87)\n"
        "- Thực hiện: 12,2 %/năm (2020–2022)\n"
        "- Giá trị năm gốc: 14.386,6 (năm 2020)\n"
        "- Chênh lệch: -1,8 điểm phần trăm\n"
        "- Tốc độ tăng trưởng thực tế: 12,2 %/năm\n"
        "- Tốc độ tăng trưởng cần thiết: 14,0 %/năm\n"
        "- Dự báo năm 2025 theo tốc độ hiện tại: 25.034,2\n"
        "\n"
        "Ghi chú:\n"
        "\n"
        "- Tốc độ tăng trưởng là tốc độ bình quân hằng năm tính theo bình quân nhân từ năm gốc.\n"
        "\n"
        "### 3. Tỷ trọng lao động ngành công nghiệp (`industrial_labour_share`)\n"
        "\n"
        "- Mục tiêu: > 25,8 % năm 2025\n"
        "- Loại chỉ tiêu: tỷ trọng\n"
        "- Đánh giá: 🟢 đúng tiến độ (tỷ số tiến độ 1,02)\n"
        "- Thực hiện: 22,5 % (năm 2022)\n"
        "- Giá trị năm gốc: 21 % (năm 2021)\n"
        "- Chênh lệch: -3,3 điểm phần trăm\n"
        "- Mức độ hoàn thành: đạt 87,2 % kế hoạch\n"
        "\n"
        "Số liệu theo năm:\n"
        "\n"
        "|  Năm | Giá trị (%) |\n"
        "|-----:|------------:|\n"
        "| 2021 |          21 |\n"
        "| 2022 |        22,5 |\n"
        "\n"
        "Ghi chú:\n"
        "\n"
        "- Không có số liệu năm gốc 2020; dùng năm 2021 làm gốc.\n"
        "\n"
        "### 4. Thành lập mới khu công nghiệp (`new_industrial_parks`)\n"
        "\n"
        "- Mục tiêu: thành lập đủ 3 khu, cụm công nghiệp đến năm 2025\n"
        "- Loại chỉ tiêu: mốc hoàn thành\n"
        "- Đánh giá: 🔴 chệch hướng\n"
        "- Thực hiện: 1 (năm 2022)\n"
        "\n"
        "Ghi chú:\n"
        "\n"
        "- Đã đạt: Tam Đa.\n"
        "- Chưa đạt: Nam Sơn Dương, Nhữ Khê.\n"
        "\n"
        "## Phương pháp\n"
        "\n"
        "- Tốc độ tăng trưởng là tốc độ bình quân hằng năm tính theo bình quân nhân: tốc độ thực "
        "tế tính từ năm gốc đến năm có số liệu gần nhất, bằng (giá trị năm gần nhất ÷ giá trị năm "
        "gốc)^(1 ÷ số năm) − 1; tốc độ cần thiết là tốc độ đưa giá trị năm gốc đạt chỉ tiêu vào "
        "năm mục tiêu; tốc độ cần đạt là tốc độ đưa giá trị năm gần nhất đạt chỉ tiêu trong những "
        "năm còn lại.\n"
        "- Dự báo: giá trị năm gần nhất tăng theo tốc độ thực tế đến năm mục tiêu.\n"
        "- Chênh lệch = thực hiện − chỉ tiêu, theo đơn vị của chỉ tiêu (điểm phần trăm đối với chỉ "
        "tiêu tỷ lệ); mức độ hoàn thành = thực hiện ÷ chỉ tiêu × 100, riêng chỉ tiêu càng thấp "
        "càng tốt (như “dưới 1 %”) là chỉ tiêu ÷ thực hiện × 100, nên chưa đạt thì luôn dưới 100 %.\n"
        "- Tỷ trọng = tử số ÷ mẫu số × 100. Tỷ lệ lấp đầy = diện tích đã cho thuê ÷ diện tích có "
        "thể cho thuê × 100, tính chung cho các khu, cụm (bình quân theo diện tích) hoặc bình quân "
        "cộng tỷ lệ của từng khu, cụm; phương pháp áp dụng cho từng chỉ tiêu được nêu trong phần "
        "ghi chú.\n"
        "- Đánh giá: từ năm mục tiêu trở đi, chỉ tiêu là đạt khi số liệu năm mục tiêu thỏa mãn chỉ "
        "tiêu, ngược lại là không đạt. Trước năm mục tiêu, chỉ tiêu đã thỏa mãn được đánh giá là "
        "đạt (riêng chỉ tiêu tăng trưởng không đánh giá đạt trước hạn); các trường hợp khác căn cứ "
        "tỷ số tiến độ, bằng tốc độ thực tế ÷ tốc độ cần thiết (đổi dấu với chỉ tiêu càng thấp "
        "càng tốt; với chỉ tiêu tăng trưởng là một giới hạn ngược chiều, như “dưới 3 %/năm”, cộng "
        "thêm 2, để giới hạn ứng với 1): từ 0,95 trở lên là đúng tiến độ, từ 0,6 đến dưới 0,95 "
        "là có nguy cơ không đạt, "
        "dưới 0,6 là chệch hướng. Chưa đủ dữ liệu: không đủ số liệu để đánh giá; phần ghi chú nêu "
        "lý do.\n"
        "- Phương pháp: đánh giá tiến độ thực hiện SDG của Eurostat (tỷ số giữa tốc độ tăng trưởng "
        "thực tế và tốc độ cần thiết, cũng được Cơ quan Thống kê Canada và Open SDG sử dụng), với "
        "các ngưỡng 0,95 và 0,6.\n"
        "- So sánh theo đúng câu chữ của kế hoạch: “trên X” là lớn hơn X (>), “ít nhất X” là lớn "
        "hơn hoặc bằng X (≥).\n";
    CHECK(write_markdown_report(sample->evaluation, sample->evaluation.areas[0], ReportOptions{Lang::vi}) ==
          expected);
}

TEST_CASE("Markdown tables line up in a monospace view, Vietnamese names included") {
    const auto sample = test::make_sample();
    const std::string report =
        write_markdown_report(sample->evaluation, sample->evaluation.areas[0], ReportOptions{Lang::vi});
    std::istringstream lines(report);
    std::string line;
    std::size_t width = 0;  // of the table being read; 0 outside tables
    int tables = 0;
    while (std::getline(lines, line)) {
        if (line.empty() || line[0] != '|') {
            width = 0;
            continue;
        }
        if (width == 0) {
            width = display_width(line);
            ++tables;
        }
        CHECK_MESSAGE(display_width(line) == width, line);
    }
    CHECK(tables == 3);
}
