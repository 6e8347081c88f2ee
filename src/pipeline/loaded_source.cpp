// The loaded source: every input read whole and merged (load_inputs), then handed out one area
// at a time, in input order or in the order the user named them (--area).
#include <utility>

#include "area_source.hpp"
#include "chitieu/util/unicode.hpp"

namespace chitieu {

namespace {

std::string area_list(const Dataset& data, bool vi = false) {
    if (data.areas.empty()) return vi ? "không có" : "none";
    std::string list;
    for (const AreaData& area : data.areas) {
        if (!list.empty()) list += ", ";
        list += area.name.empty() ? std::string(vi ? "(không tên)" : "(unnamed)") : area.name;
    }
    return list;
}

// The positions of the areas to hand out. An --area the inputs do not hold is an error, said
// only of inputs that could be read (otherwise their own errors explain it).
std::vector<std::size_t> selection(const Dataset& data, const std::vector<std::string>& names,
                                   bool inputs_failed, Diagnostics& diagnostics) {
    std::vector<std::size_t> picked;
    if (names.empty()) {
        for (std::size_t i = 0; i < data.areas.size(); ++i) picked.push_back(i);
        return picked;
    }
    for (const std::string& given : names) {
        const std::string name = to_nfc(given);  // as the loaders keep area names
        const AreaData* area = data.find_area(name);
        if (area == nullptr) {
            if (!inputs_failed)
                diagnostics.error(
                    {}, "no area named '" + name + "' in the inputs; areas present: " + area_list(data),
                    "không có địa bàn tên '" + name +
                        "' trong dữ liệu đầu vào; các địa bàn có: " + area_list(data, true));
            continue;
        }
        picked.push_back(static_cast<std::size_t>(area - data.areas.data()));
    }
    return picked;
}

}  // namespace

void hand_out_loaded_areas(const PipelineRequest& request, AreaTaker& taker,
                           PipelineDiagnostics& diagnostics) {
    Dataset data = load_inputs(request.inputs, diagnostics.inputs);
    // A selection is checked on inputs that could be read; otherwise their errors come first.
    const std::vector<std::size_t> picked =
        selection(data, request.areas, diagnostics.inputs.has_errors(), diagnostics.evaluation);
    taker.start(data.latest_year());  // the whole data set's, selected or not
    const bool failed = diagnostics.has_errors();
    for (std::size_t n = 0; n < picked.size(); ++n) {
        Dataset one;
        // A selection is copied (an area named twice by --area is reported twice); every area
        // in turn is moved, and freed once the sink has it.
        AreaData& area = data.areas[picked[n]];
        if (request.areas.empty())
            one.areas.push_back(std::move(area));
        else
            one.areas.push_back(area);
        taker.take(one, failed);
        if (request.progress) request.progress(n + 1, picked.size(), false);
    }
}

}  // namespace chitieu
