// libFuzzer target: the JSON-stat reader (1.0 bundles, 2.0 datasets and collections), then each
// cube into series, without a map and with one.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "chitieu/load/cube.hpp"
#include "chitieu/load/label_map.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    chitieu::Diagnostics diagnostics;
    chitieu::LabelMap map;
    map.indicators.push_back({"industrial_output", {"GTSX công nghiệp"}, 0.001, "", {}});
    map.areas["Tuyên Quang"] = {"Tỉnh Tuyên Quang"};
    for (const chitieu::Cube& cube : chitieu::read_json_stat(bytes, "fuzz.json", diagnostics)) {
        chitieu::cube_dataset(cube, nullptr, diagnostics);
        chitieu::cube_dataset(cube, &map, diagnostics);
    }
    return 0;
}
