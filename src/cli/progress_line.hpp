// A progress line on standard error for long batch runs: shown only when stderr is a terminal,
// the run is long enough to need it, and --quiet is not given; silent in pipes, logs and CI.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>

namespace chitieu::cli {

class Progress {
public:
    // `total` steps; nothing is ever printed when `enabled` is false or total < kMinimumSteps.
    // Steps counted in bytes (`bytes`) are shown in MiB.
    Progress(std::string label, std::size_t total, bool enabled, bool bytes = false);
    ~Progress();
    Progress(const Progress&) = delete;
    Progress& operator=(const Progress&) = delete;

    void step();                        // one step done; redraws at most once per percent
    void advance_to(std::size_t done);  // `done` steps done in all

    static constexpr std::size_t kMinimumSteps = 200;
    static constexpr std::size_t kMinimumBytes = std::size_t{16} << 20;

private:
    void draw();
    std::string label_;
    std::size_t total_;
    std::size_t done_ = 0;
    int shown_percent_ = -1;
    bool active_;
    bool bytes_;
};

// True when standard error is a terminal (the only place a progress line belongs).
bool stderr_is_terminal();

// The pipeline's progress callback (PipelineRequest::progress) drawing one line called `label`,
// made at the first report, when the total is known; `bar` holds it (reset it to clear the line).
// Empty when `show` is false.
std::function<void(std::size_t, std::size_t, bool)> progress_callback(std::shared_ptr<Progress>& bar,
                                                                      std::string label, bool show);

}  // namespace chitieu::cli
