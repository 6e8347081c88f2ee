// Names of the model's enumerations, as written in files and reports.
#include "chitieu/model/evaluation.hpp"
#include "chitieu/model/statistics.hpp"
#include "chitieu/model/targets.hpp"

namespace chitieu {

const char* zone_kind_name(ZoneKind kind) {
    return kind == ZoneKind::park ? "park" : "cluster";
}

const char* target_kind_name(TargetKind kind) {
    switch (kind) {
    case TargetKind::level: return "level";
    case TargetKind::growth: return "growth";
    case TargetKind::share: return "share";
    case TargetKind::occupancy: return "occupancy";
    case TargetKind::count: return "count";
    case TargetKind::milestones: return "milestones";
    }
    return "level";
}

const char* op_symbol(Op op) {
    switch (op) {
    case Op::gt: return ">";
    case Op::ge: return ">=";
    case Op::lt: return "<";
    case Op::le: return "<=";
    }
    return ">";
}

bool op_holds(Op op, double actual, double target) {
    switch (op) {
    case Op::gt: return actual > target;
    case Op::ge: return actual >= target;
    case Op::lt: return actual < target;
    case Op::le: return actual <= target;
    }
    return false;
}

int op_direction(Op op) {
    return op == Op::gt || op == Op::ge ? 1 : -1;
}

const char* status_name(Status status) {
    switch (status) {
    case Status::met: return "met";
    case Status::not_met: return "not_met";
    case Status::on_track: return "on_track";
    case Status::at_risk: return "at_risk";
    case Status::off_track: return "off_track";
    case Status::insufficient_data: return "insufficient_data";
    }
    return "insufficient_data";
}

const Target* TargetSet::find(const std::string& target_id) const {
    for (const Target& target : targets)
        if (target.id == target_id) return &target;
    return nullptr;
}

}  // namespace chitieu
