// The findings of a check as the pipeline collects them: the inputs' diagnostics before and
// after in memory, and the rules' findings (a hundred thousand warnings at commune scale, more
// than the rest of the run's memory) in an unnamed temporary file, read back in order each time
// a writer goes through them. Private to the pipeline.
#pragma once

#include <array>
#include <cstdio>
#include <vector>

#include "chitieu/model/finding.hpp"

namespace chitieu {

class FindingSpill : public FindingList {
public:
    FindingSpill();
    ~FindingSpill() override;
    FindingSpill(const FindingSpill&) = delete;
    FindingSpill& operator=(const FindingSpill&) = delete;

    void add(const Finding& finding);  // to the spill file, in order
    void clear();

    // The findings listed before and after the spilled ones.
    std::vector<Finding> before, after;

    std::size_t size() const override { return before.size() + spilled_ + after.size(); }
    void for_each(const std::function<void(const Finding&)>& visit) const override;
    std::array<std::size_t, 3> severity_counts() const override;

private:
    std::FILE* file_ = nullptr;  // tmpfile(): removed by the system when closed, or the process ends
    std::size_t spilled_ = 0;
    std::array<std::size_t, 3> spilled_counts_{};  // by Severity, counted as they are added
};

}  // namespace chitieu
