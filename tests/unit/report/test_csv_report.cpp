#include <doctest/doctest.h>

#include "chitieu/report/csv_report.hpp"
#include "report/csv_cells.hpp"
#include "sample_evaluation.hpp"

using namespace chitieu;

TEST_CASE("CSV fields are quoted per RFC 4180") {
    CHECK(csv_quote("plain") == "plain");
    CHECK(csv_quote("") == "");
    CHECK(csv_quote("a,b") == "\"a,b\"");
    CHECK(csv_quote("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csv_quote("two\nlines") == "\"two\nlines\"");
    CHECK(csv_quote("cr\r") == "\"cr\r\"");
}

TEST_CASE("CSV cells a spreadsheet would run as formulas are neutralised") {
    CHECK(csv_neutralise("=cmd") == "'=cmd");
    CHECK(csv_neutralise("+1+2") == "'+1+2");
    CHECK(csv_neutralise("-2+3") == "'-2+3");
    CHECK(csv_neutralise("@SUM(A1)") == "'@SUM(A1)");
    CHECK(csv_neutralise("\tx") == "'\tx");
    CHECK(csv_neutralise("\r=1") == "'\r=1");
    CHECK(csv_neutralise("-") == "'-");
    CHECK(csv_neutralise("-1.") == "'-1.");
    CHECK(csv_neutralise("-9605") == "-9605");  // numbers stay numbers
    CHECK(csv_neutralise("-1.8419") == "-1.8419");
    CHECK(csv_neutralise("+3") == "+3");
    CHECK(csv_neutralise("a=b") == "a=b");
    CHECK(csv_neutralise("") == "");
    // neutralised first, then quoted
    CHECK(csv_text("=HYPERLINK(\"x\",\"y\")") == "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
    CHECK(csv_text("\r\n=1") == "\"'\r\n=1\"");
}

TEST_CASE("CSV report, English titles: header, rows per area and target, machine numbers") {
    const auto sample = test::make_sample();
    const std::string expected =
        "area,target_id,kind,title,op,target_value,unit,target_year,actual_value,actual_year,gap,"
        "achievement_pct,actual_rate_pct,required_rate_pct,remaining_rate_pct,projected_value,status\n"
        "Tuyên Quang,industrial_output,level,\"Industrial output, 2010 prices\",>,27700,billion VND,2025,"
        "18095,2022,-9605,65.3249,12.1581,14,15.3333,25034.21,at_risk\n"
        "Tuyên Quang,industrial_output_growth,growth,Average growth | 2021–2025,>,14,%/yr,2025,"
        "12.1581,2022,-1.8419,,12.1581,14,,25034.21,at_risk\n"
        "Tuyên Quang,industrial_labour_share,share,Industry's share of employment,>,25.8,%,2025,"
        "22.49,2022,-3.31,87.1705,,,,,on_track\n"
        "Tuyên Quang,new_industrial_parks,milestones,New industrial parks,>,0,,2025,1,2022,,,,,,,off_track\n"
        "'=cmd,industrial_output,level,\"Industrial output, 2010 prices\",>,27700,billion VND,2025,"
        ",,,,,,,,insufficient_data\n"
        "'=cmd,industrial_output_growth,growth,Average growth | 2021–2025,>,14,%/yr,2025,"
        ",,,,,,,,insufficient_data\n"
        "'=cmd,industrial_labour_share,share,Industry's share of employment,>,25.8,%,2025,"
        ",,,,,,,,insufficient_data\n"
        "'=cmd,new_industrial_parks,milestones,New industrial parks,>,0,,2025,,,,,,,,,insufficient_data\n";
    CHECK(write_csv_report(sample->evaluation, ReportOptions{Lang::en}) == expected);
}

TEST_CASE("CSV report, Vietnamese titles; numbers and status names stay machine-readable") {
    auto sample = test::make_sample();
    sample->evaluation.areas.resize(1);
    sample->evaluation.areas[0].results.resize(1);
    sample->targets.targets[0].op = Op::ge;
    const std::string expected =
        "area,target_id,kind,title,op,target_value,unit,target_year,actual_value,actual_year,gap,"
        "achievement_pct,actual_rate_pct,required_rate_pct,remaining_rate_pct,projected_value,status\n"
        "Tuyên Quang,industrial_output,level,Giá trị sản xuất công nghiệp (giá so sánh 2010),>=,27700,"
        "billion VND,2025,18095,2022,-9605,65.3249,12.1581,14,15.3333,25034.21,at_risk\n";
    CHECK(write_csv_report(sample->evaluation, ReportOptions{Lang::vi}) == expected);
}

TEST_CASE("CSV report of an empty evaluation is the header alone") {
    const Evaluation empty;
    const std::string report = write_csv_report(empty, ReportOptions{});
    CHECK(report ==
          "area,target_id,kind,title,op,target_value,unit,target_year,actual_value,actual_year,gap,"
          "achievement_pct,actual_rate_pct,required_rate_pct,remaining_rate_pct,projected_value,status\n");
}

TEST_CASE("CSV report of an unnamed area keeps every column") {
    // The inputs may name no area: the first cell is empty, and the row still has 17 cells (the
    // writer once dropped the comma after an empty first cell).
    auto sample = test::make_sample();
    sample->evaluation.areas.resize(1);
    sample->evaluation.areas[0].area = "";
    sample->evaluation.areas[0].results.resize(1);
    const std::string report = write_csv_report(sample->evaluation, ReportOptions{Lang::en});
    const std::string row = report.substr(report.find('\n') + 1);
    CHECK(row ==
          ",industrial_output,level,\"Industrial output, 2010 prices\",>,27700,billion VND,2025,"
          "18095,2022,-9605,65.3249,12.1581,14,15.3333,25034.21,at_risk\n");
}

TEST_CASE("CSV cells are appended to a report as csv_text writes them") {
    std::string out = "x,";
    append_csv_text(out, "plain");
    append_csv_text(out, "=HYPERLINK(\"x\")");
    append_csv_text(out, "");
    append_csv_text(out, "-1.8419");
    CHECK(out == "x,plain\"'=HYPERLINK(\"\"x\"\")\"-1.8419");
}

TEST_CASE("CSV dialects: excel-vi has a BOM, ';' and a decimal comma; excel a BOM, ',' and '.'") {
    auto sample = test::make_sample();
    sample->evaluation.areas.resize(1);
    sample->evaluation.areas[0].results.resize(1);
    sample->evaluation.areas[0].area = "Xã A; B";  // holds the separator: quoted in excel-vi
    ReportOptions vi{Lang::en};
    vi.csv_dialect = CsvDialect::excel_vi;
    // The row of the test above, separators ';' and decimals ',' (65.3249 -> 65,3249); the title
    // holds a ',' and stays quoted, which Excel reads the same.
    CHECK(write_csv_report(sample->evaluation, vi) ==
          "\xEF\xBB\xBF"
          "area;target_id;kind;title;op;target_value;unit;target_year;actual_value;actual_year;gap;"
          "achievement_pct;actual_rate_pct;required_rate_pct;remaining_rate_pct;projected_value;status\n"
          "\"Xã A; B\";industrial_output;level;\"Industrial output, 2010 prices\";>;27700;billion VND;2025;"
          "18095;2022;-9605;65,3249;12,1581;14;15,3333;25034,21;at_risk\n");
    ReportOptions excel{Lang::en};
    excel.csv_dialect = CsvDialect::excel;
    const std::string report = write_csv_report(sample->evaluation, excel);
    CHECK(report.rfind("\xEF\xBB\xBF"
                       "area,target_id,",
                       0) == 0);
    CHECK(report.find("\nXã A; B,industrial_output,level,\"Industrial output, 2010 prices\",>,27700,") !=
          std::string::npos);
    CHECK(report.find(",65.3249,") != std::string::npos);
}
