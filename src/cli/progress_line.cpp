#include "cli/progress_line.hpp"

#include "chitieu/util/interrupt.hpp"

#include <unistd.h>

#include <cstdio>

namespace chitieu::cli {

bool stderr_is_terminal() {
    return ::isatty(STDERR_FILENO) == 1;
}

Progress::Progress(std::string label, std::size_t total, bool enabled, bool bytes)
    : label_(std::move(label)),
      total_(total),
      active_(enabled && total >= (bytes ? kMinimumBytes : kMinimumSteps)),
      bytes_(bytes) {}

Progress::~Progress() {
    if (!active_) return;
    if (interrupt_signal() == 0) {  // a run told to stop is not shown as done
        done_ = total_;
        draw();
    }
    std::fputc('\n', stderr);
}

void Progress::step() {
    if (!active_) return;
    ++done_;
    draw();
}

void Progress::advance_to(std::size_t done) {
    if (!active_) return;
    done_ = done < total_ ? done : total_;
    draw();
}

void Progress::draw() {
    const int percent = static_cast<int>(done_ * 100 / total_);
    if (percent == shown_percent_) return;
    shown_percent_ = percent;
    constexpr int kWidth = 30;
    const int filled = percent * kWidth / 100;
    std::string bar(static_cast<std::size_t>(filled), '#');
    bar.append(static_cast<std::size_t>(kWidth - filled), '.');
    if (bytes_)
        std::fprintf(stderr, "\r%s [%s] %zu/%zu MiB", label_.c_str(), bar.c_str(), done_ >> 20, total_ >> 20);
    else
        std::fprintf(stderr, "\r%s [%s] %zu/%zu", label_.c_str(), bar.c_str(), done_, total_);
    std::fflush(stderr);
}

std::function<void(std::size_t, std::size_t, bool)> progress_callback(std::shared_ptr<Progress>& bar,
                                                                      std::string label, bool show) {
    if (!show) return {};
    return [&bar, label = std::move(label)](std::size_t done, std::size_t total, bool bytes) {
        if (!bar) bar = std::make_shared<Progress>(label, total, true, bytes);
        bar->advance_to(done);
    };
}

}  // namespace chitieu::cli
