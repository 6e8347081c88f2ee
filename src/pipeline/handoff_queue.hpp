// A bounded queue between one producer thread and one consumer thread, either of which can end
// the exchange: the producer when it has nothing more (finish), the consumer when it fails
// (abandon). Bounded so that a fast reader cannot pile up a whole file ahead of a slow writer.
// Items the consumer is done with can go back to the producer (give_back, take_back), so that
// memory is freed by the thread that allocated it: with mimalloc a block freed by another thread
// waits on a list its owner has to walk, a cache miss per block.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>
#include <utility>

namespace chitieu {

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

    // The consumer hands a spent item back; the producer takes them all, to free them itself.
    void give_back(Item item) {
        const std::lock_guard<std::mutex> lock(mutex_);
        returned_.push_back(std::move(item));
    }
    std::deque<Item> take_back() {
        const std::lock_guard<std::mutex> lock(mutex_);
        return std::exchange(returned_, {});
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
    std::deque<Item> returned_;
    std::size_t capacity_;
    bool finished_ = false;
    bool abandoned_ = false;
};

}  // namespace chitieu
