// JSON-stat 1.0 and 2.0 (https://json-stat.org/format/) into cubes, through nlohmann-json.
#include <nlohmann/json.hpp>

#include <cmath>
#include <string>
#include <vector>

#include "chitieu/load/cube.hpp"
#include "chitieu/load/limits.hpp"
#include "chitieu/util/unicode.hpp"
#include "chitieu/util/utf8.hpp"

namespace chitieu {

namespace {

using Json = nlohmann::json;

// What a JSON-stat file gets wrong, with the dataset it is in: thrown inside, reported once.
struct Broken {
    std::string message;
    std::string message_vi;  // the same after "tệp " or "bộ dữ liệu 'X' "
};

std::string text_of(const Json& value) {
    if (value.is_string()) return to_nfc(value.get<std::string>());
    if (value.is_number_integer()) return std::to_string(value.get<long long>());
    return {};
}

Standing standing_of(const std::string& status, std::string& kept) {
    const std::string key = fold_name(status);
    if (key == "p" || key == "prel" || key == "preliminary" || key == "provisional" || key == "so bo")
        return Standing::preliminary;
    if (key == "e" || key == "est" || key == "estimated" || key == "estimate" || key == "uoc tinh" ||
        key == "uoc")
        return Standing::estimated;
    kept = status;
    return Standing::normal;
}

CubeDimension read_dimension(const std::string& id, const Json& dimension, std::size_t size) {
    if (!dimension.is_object())
        throw Broken{"dimension '" + id + "' is not an object",
                     "có chiều '" + id + "' không phải là đối tượng JSON"};
    CubeDimension result;
    result.code = id;
    result.label = dimension.contains("label") ? text_of(dimension["label"]) : id;
    const Json& category = dimension.value("category", Json::object());
    if (!category.is_object())
        throw Broken{"dimension '" + id + "': category is not an object",
                     "có chiều '" + id + "' mà category không phải là đối tượng JSON"};
    std::vector<std::string> codes(size);
    const Json index = category.value("index", Json());
    if (index.is_array()) {
        if (index.size() != size)
            throw Broken{"dimension '" + id + "' has " + std::to_string(index.size()) +
                             " categories, and its size says " + std::to_string(size),
                         "có chiều '" + id + "' gồm " + std::to_string(index.size()) +
                             " hạng mục, trong khi size của nó ghi " + std::to_string(size)};
        for (std::size_t i = 0; i < size; ++i) codes[i] = text_of(index[i]);
    } else if (index.is_object()) {
        for (const auto& [code, position] : index.items()) {
            if (!position.is_number_unsigned() || position.get<std::size_t>() >= size)
                throw Broken{
                    "dimension '" + id + "': the index of category '" + code + "' is beyond its size",
                    "có chiều '" + id + "' mà chỉ mục của hạng mục '" + code + "' vượt quá size của chiều"};
            codes[position.get<std::size_t>()] = to_nfc(code);
        }
    } else if (index.is_null() && size == 1 && category.contains("label") && category["label"].is_object() &&
               category["label"].size() == 1) {
        codes[0] = to_nfc(category["label"].begin().key());  // one category: the index may be left out
    } else {
        throw Broken{"dimension '" + id + "' has no category index",
                     "có chiều '" + id + "' không có chỉ mục hạng mục (category index)"};
    }
    const Json labels = category.value("label", Json::object());
    for (const std::string& code : codes) {
        if (code.empty())
            throw Broken{"dimension '" + id + "': a category has no id",
                         "có chiều '" + id + "' với một hạng mục không có mã (id)"};
        result.codes.push_back(code);
        result.labels.push_back(labels.is_object() && labels.contains(code) ? text_of(labels[code]) : code);
    }
    return result;
}

Cube read_dataset(const Json& dataset, const std::string& name, const std::string& file) {
    if (!dataset.is_object()) throw Broken{"is not an object", "không phải là đối tượng JSON"};
    Cube cube;
    cube.where = {file};
    cube.title = dataset.contains("label") ? text_of(dataset["label"]) : name;
    if (dataset.contains("source")) cube.source = text_of(dataset["source"]);
    const Json& dimensions = dataset.value("dimension", Json::object());
    // 2.0 keeps id, size and role beside dimension; 1.0 inside it.
    const Json& holder = dataset.contains("id") ? dataset : dimensions;
    const Json ids = holder.value("id", Json::array());
    const Json sizes = holder.value("size", Json::array());
    if (!ids.is_array() || !sizes.is_array() || ids.size() != sizes.size() || ids.empty())
        throw Broken{"needs id and size, lists of the same length",
                     "cần id và size, hai danh sách cùng độ dài"};
    std::size_t cells = 1;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const std::string id = text_of(ids[i]);
        if (!sizes[i].is_number_unsigned() || sizes[i].get<std::size_t>() == 0)
            throw Broken{"the size of dimension '" + id + "' is not a positive whole number",
                         "có size của chiều '" + id + "' không phải là số nguyên dương"};
        const std::size_t size = sizes[i].get<std::size_t>();
        if (cells > limits::kMaxCubeCells / size)
            throw Broken{
                "has more than " + std::to_string(limits::kMaxCubeCells) + " cells, more than chitieu reads",
                "có hơn " + std::to_string(limits::kMaxCubeCells) + " ô, nhiều hơn mức chitieu đọc được"};
        cells *= size;
        if (!dimensions.is_object() || !dimensions.contains(id))
            throw Broken{"has no dimension '" + id + "'", "không có chiều '" + id + "'"};
        CubeDimension dimension = read_dimension(id, dimensions[id], size);
        dimension.where = cube.where;
        cube.dimensions.push_back(std::move(dimension));
    }
    const Json roles = holder.value("role", Json::object());
    if (roles.is_object())
        for (const auto& [role, members] : roles.items()) {
            const CubeDimension::Role kind = role == "time"     ? CubeDimension::Role::time
                                             : role == "geo"    ? CubeDimension::Role::geo
                                             : role == "metric" ? CubeDimension::Role::metric
                                                                : CubeDimension::Role::none;
            if (!members.is_array()) continue;
            for (const Json& member : members)
                for (CubeDimension& dimension : cube.dimensions)
                    if (dimension.code == text_of(member)) dimension.role = kind;
        }
    // Each category's unit (category.unit.ID.label, or .symbol), as a metric's categories have.
    for (CubeDimension& dimension : cube.dimensions) {
        const Json& unit = dimensions[dimension.code].value("category", Json::object()).value("unit", Json());
        if (!unit.is_object()) continue;
        for (const std::string& code : dimension.codes) {
            const Json one = unit.value(code, Json());
            dimension.units.push_back(
                one.is_object() ? text_of(one.value("label", one.value("symbol", Json()))) : "");
        }
    }

    cube.cells.resize(cells);
    for (CubeCell& cell : cube.cells) cell.where = cube.where;
    const auto put = [&](std::size_t at, const Json& value, const std::string& where) {
        if (at >= cells)
            throw Broken{"value " + where + " is beyond the dimensions' " + std::to_string(cells) + " cells",
                         "có giá trị " + where + " nằm ngoài " + std::to_string(cells) + " ô của các chiều"};
        if (value.is_null()) return;
        if (!value.is_number() || !std::isfinite(value.get<double>()))
            throw Broken{"value " + where + " is not a number (" + escape_controls(value.dump()) + ")",
                         "có giá trị " + where + " không phải là số (" + escape_controls(value.dump()) + ")"};
        cube.cells[at].value = value.get<double>();
    };
    const Json& values = dataset.value("value", Json());
    if (values.is_array()) {
        if (values.size() != cells)
            throw Broken{"holds " + std::to_string(values.size()) + " values, and its dimensions make " +
                             std::to_string(cells),
                         "có " + std::to_string(values.size()) + " giá trị, còn các chiều của nó tạo ra " +
                             std::to_string(cells) + " ô"};
        for (std::size_t i = 0; i < values.size(); ++i) put(i, values[i], std::to_string(i));
    } else if (values.is_object()) {  // sparse: "index": value
        for (const auto& [key, value] : values.items()) {
            std::size_t at = 0;
            try {
                std::size_t used = 0;
                at = std::stoul(key, &used);
                if (used != key.size()) throw std::invalid_argument(key);
            } catch (const std::exception&) {
                throw Broken{"value key '" + escape_controls(key) + "' is not a cell number",
                             "có khóa giá trị '" + escape_controls(key) + "' không phải là số thứ tự ô"};
            }
            put(at, value, "'" + key + "'");
        }
    } else {
        throw Broken{"has no value (a list, or an object of cell numbers)",
                     "không có value (một danh sách, hoặc một đối tượng theo số thứ tự ô)"};
    }
    const Json& status = dataset.value("status", Json());
    const auto mark = [&](std::size_t at, const Json& value) {
        if (at >= cells || !value.is_string()) return;
        cube.cells[at].standing = standing_of(value.get<std::string>(), cube.cells[at].status);
    };
    if (status.is_string())
        for (std::size_t i = 0; i < cells; ++i) mark(i, status);
    else if (status.is_array())
        for (std::size_t i = 0; i < status.size(); ++i) mark(i, status[i]);
    else if (status.is_object())
        for (const auto& [key, value] : status.items())
            if (key.find_first_not_of("0123456789") == std::string::npos && !key.empty() && key.size() < 12)
                mark(std::stoul(key), value);
    return cube;
}

SourceLocation byte_place(std::string_view text, std::size_t byte, const std::string& file) {
    byte = std::min(byte, text.size());
    int line = 1;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < byte; ++i)
        if (text[i] == '\n') ++line, line_start = i + 1;
    return {file, line, utf8_column(text.substr(line_start), byte - line_start)};
}

}  // namespace

std::vector<Cube> read_json_stat(std::string_view bytes, const std::string& file, Diagnostics& diagnostics) {
    std::vector<Cube> cubes;
    if (!is_valid_utf8(bytes)) {
        diagnostics.error(byte_place(bytes, first_invalid_utf8(bytes), file),
                          "the file is not UTF-8, as JSON is",
                          "tệp không phải là UTF-8, trong khi JSON phải là UTF-8");
        return cubes;
    }
    Json root;
    try {
        root = Json::parse(bytes.begin(), bytes.end());
    } catch (const Json::parse_error& error) {
        const std::string what = error.what();
        const std::size_t colon = what.rfind(": ");
        diagnostics.error(
            byte_place(bytes, error.byte == 0 ? 0 : error.byte - 1, file),
            "the JSON is malformed: " + (colon == std::string::npos ? what : what.substr(colon + 2)),
            "JSON sai cú pháp: " + (colon == std::string::npos ? what : what.substr(colon + 2)));
        return cubes;
    }
    std::string name;
    try {
        if (!root.is_object()) throw Broken{"is not a JSON-stat object", "không phải là đối tượng JSON-stat"};
        const std::string type = root.value("class", std::string());
        if (type == "dataset" || (root.contains("value") && root.contains("dimension"))) {
            name = root.value("label", std::string("dataset"));
            cubes.push_back(read_dataset(root, name, file));
        } else if (type == "collection") {
            const Json items = root.value("link", Json::object()).value("item", Json::array());
            for (const Json& item : items)
                if (item.is_object() && item.value("class", std::string()) == "dataset")
                    name = item.value("label", std::string("dataset")),
                    cubes.push_back(read_dataset(item, name, file));
        } else if (type.empty()) {  // 1.0: a bundle, each key a dataset
            for (const auto& [key, dataset] : root.items()) {
                name = key;
                if (key == "version" || key == "updated") continue;
                cubes.push_back(read_dataset(dataset, key, file));
            }
        } else {
            throw Broken{"is a JSON-stat " + type +
                             ", not a dataset (chitieu reads datasets, bundles and collections)",
                         "là một " + type +
                             " JSON-stat, không phải là dataset (chitieu đọc dataset, bundle và collection)"};
        }
        if (cubes.empty()) throw Broken{"holds no dataset", "không chứa bộ dữ liệu (dataset) nào"};
    } catch (const Broken& broken) {
        diagnostics.error(
            {file},
            (name.empty() ? std::string("the file ") : "the dataset '" + name + "' ") + broken.message,
            (name.empty() ? std::string("tệp ") : "bộ dữ liệu '" + name + "' ") + broken.message_vi);
        cubes.clear();
    } catch (const Json::exception& error) {  // a member of the wrong type where the format names one
        diagnostics.error({file},
                          (name.empty() ? std::string("the file") : "the dataset '" + name + "'") +
                              " is not JSON-stat as the format defines it (" + error.what() + ")",
                          (name.empty() ? std::string("tệp") : "bộ dữ liệu '" + name + "'") +
                              " không đúng định dạng JSON-stat (" + error.what() + ")");
        cubes.clear();
    }
    return cubes;
}

}  // namespace chitieu
