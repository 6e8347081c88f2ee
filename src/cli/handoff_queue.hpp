// A bounded queue between one producer thread and one consumer thread, either of which can end
// the exchange: the producer when it has nothing more (finish), the consumer when it fails
// (abandon). Bounded so that a fast reader cannot pile up a whole file ahead of a slow writer.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>

namespace chitieu::cli {

template <typename Item>
class HandoffQueue {
public:
    explicit HandoffQueue(std::size_t capacity) : capacity_(capacity) {}

    // Waits for room. False when the consumer has abandoned the exchange (the item is dropped).
    bool push(Item item) {
        std::unique_lock<std::mutex> lock(mutex_);
        room_.wait(lock, [this] { return items_.size() < capacity_ || abandoned_; });
        if (abandoned_) return false;
        items_.push_back(std::move(item));
        ready_.notify_one();
        return true;
    }

    // Waits for an item; nullopt once the producer has finished and every item was taken.
    std::optional<Item> pop() {
        std::unique_lock<std::mutex> lock(mutex_);
        ready_.wait(lock, [this] { return !items_.empty() || finished_; });
        if (items_.empty()) return std::nullopt;
        Item item = std::move(items_.front());
        items_.pop_front();
        room_.notify_one();
        return item;
    }

    void finish() {
        const std::lock_guard<std::mutex> lock(mutex_);
        finished_ = true;
        ready_.notify_all();
    }

    void abandon() {
        const std::lock_guard<std::mutex> lock(mutex_);
        abandoned_ = true;
        room_.notify_all();
    }

private:
    std::mutex mutex_;
    std::condition_variable ready_;
    std::condition_variable room_;
    std::deque<Item> items_;
    std::size_t capacity_;
    bool finished_ = false;
    bool abandoned_ = false;
};

}  // namespace chitieu::cli
