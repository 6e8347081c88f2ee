// A finding of `chitieu check`: a located diagnostic and the rule that raised it.
//
// It lives in the model, beside Evaluation, because the engine produces findings and the report
// writers format them, and neither layer may include the other.
#pragma once

#include <array>
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "chitieu/diagnostic.hpp"

namespace chitieu {

struct Finding {
    std::string rule;  // "part-above-whole", "series-gap", ...; "input" for a loader's diagnostic
    Diagnostic diagnostic;
};

// The findings of a check, in order, however they are stored: a commune-scale check has a
// hundred thousand warnings, which the pipeline keeps in a spill file rather than in memory.
class FindingList {
public:
    virtual ~FindingList() = default;
    virtual std::size_t size() const = 0;
    bool empty() const { return size() == 0; }
    // Every finding in order; `visit` may not keep the reference.
    virtual void for_each(const std::function<void(const Finding&)>& visit) const = 0;
    // How many findings of each severity (indexed by Severity); a store that counts as it adds
    // answers without going through them.
    virtual std::array<std::size_t, 3> severity_counts() const {
        std::array<std::size_t, 3> counts{};
        for_each([&counts](const Finding& finding) {
            ++counts[static_cast<std::size_t>(finding.diagnostic.severity)];
        });
        return counts;
    }
};

// Findings held in a vector (not owned).
class FindingSpan : public FindingList {
public:
    explicit FindingSpan(const std::vector<Finding>& findings) : findings_(findings) {}
    std::size_t size() const override { return findings_.size(); }
    void for_each(const std::function<void(const Finding&)>& visit) const override {
        for (const Finding& finding : findings_) visit(finding);
    }

private:
    const std::vector<Finding>& findings_;
};

}  // namespace chitieu
