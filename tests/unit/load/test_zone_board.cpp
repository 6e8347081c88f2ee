// A management board's words: its column names, totals and group labels, kind prefixes.
#include <doctest/doctest.h>

#include <string>

#include "load/zone_board.hpp"

using namespace chitieu;
using namespace chitieu::csv_table;

TEST_CASE("board columns: Vietnamese names, any case, with or without a qualifier") {
    CHECK(board::column_for("Tên khu, cụm công nghiệp") == std::string_view("name"));
    CHECK(board::column_for("TÊN KCN,  CCN") == std::string_view("name"));
    CHECK(board::column_for("Địa điểm (huyện, thành phố)") == std::string_view("district"));
    CHECK(board::column_for("Huyện, thành phố") == std::string_view("district"));
    CHECK(board::column_for("Quyết định thành lập") == std::string_view("established"));
    CHECK(board::column_for("Quyết định mở rộng") == std::string_view("expanded"));
    CHECK(board::column_for("Diện tích đất CN cho thuê (ha)") == std::string_view("leasable_ha"));
    CHECK(board::column_for("Diện tích đã cho thuê") == std::string_view("leased_ha"));
    CHECK(board::column_for("Đã cho thuê (ha)") == std::string_view("leased_ha"));
    CHECK(board::column_for("Tỷ lệ lấp đầy (%)") == std::string_view("occupancy_pct"));
    CHECK(board::column_for("STT") == std::string_view("number"));
    CHECK(board::column_for("Ghi chú") == std::string_view("note"));
    CHECK_FALSE(board::column_for("name"));  // chitieu's own names are not the board's
    CHECK_FALSE(board::column_for("Chủ đầu tư"));
}

TEST_CASE("board rows: totals and group labels, kind prefixes") {
    CHECK(board::totals_row("Tổng cộng") == board::Totals::all);
    CHECK(board::totals_row("TỔNG CỘNG") == board::Totals::all);
    CHECK(board::totals_row("Tổng số") == board::Totals::all);
    CHECK(board::totals_row("To\xCC\x82\xCC\x89ng co\xCC\xA3\xCC\x82ng") ==
          board::Totals::all);  // decomposed
    CHECK(board::totals_row("Cộng") == board::Totals::group);
    CHECK(board::totals_row("Cộng Hòa") == board::Totals::none);
    CHECK(board::totals_row("Tân Trào") == board::Totals::none);
    CHECK(board::group_kind("KHU CÔNG NGHIỆP") == ZoneKind::park);
    CHECK(board::group_kind("Các cụm công nghiệp") == ZoneKind::cluster);
    CHECK_FALSE(board::group_kind("park"));  // only the Vietnamese words make a group row

    const board::Prefixed park = board::split_kind_prefix("KCN Nam Sơn Dương");
    CHECK(park.kind == ZoneKind::park);
    CHECK(park.name == "Nam Sơn Dương");
    const board::Prefixed cluster = board::split_kind_prefix("Cụm công nghiệp  Đồng Lạc");
    CHECK(cluster.kind == ZoneKind::cluster);
    CHECK(cluster.name == "Đồng Lạc");
    const board::Prefixed plain = board::split_kind_prefix("Park Hill");
    CHECK_FALSE(plain.kind);
    CHECK(plain.name == "Park Hill");
    CHECK_FALSE(board::split_kind_prefix("KCN").kind);  // the kind alone names no zone
}
