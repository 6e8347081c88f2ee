// year -> T, ascending: a sorted vector behind the part of std::map's interface the code uses.
//
// A series holds a handful of years, and they arrive in ascending order (rows of a file, a
// judge's walk over a series), so inserting is appending: one allocation per series instead of a
// tree node per year. At commune scale (1.05 M observations) the tree nodes were most of the
// data set's memory and of the time spent building and freeing it.
//
// Unlike std::map, inserting a year invalidates iterators and references into the same YearMap.
#pragma once

#include <algorithm>
#include <cstddef>
#include <stdexcept>
#include <tuple>
#include <utility>
#include <vector>

namespace chitieu {

template <typename T>
class YearMap {
public:
    using value_type = std::pair<int, T>;
    using iterator = typename std::vector<value_type>::iterator;
    using const_iterator = typename std::vector<value_type>::const_iterator;
    using const_reverse_iterator = typename std::vector<value_type>::const_reverse_iterator;

    // As std::map::try_emplace: a year already present keeps its value; `second` says whether
    // the value was added.
    template <typename... Args>
    std::pair<iterator, bool> try_emplace(int year, Args&&... args) {
        if (points_.empty() || points_.back().first < year) {  // the usual case: years in order
            points_.emplace_back(std::piecewise_construct, std::forward_as_tuple(year),
                                 std::forward_as_tuple(std::forward<Args>(args)...));
            return {points_.end() - 1, true};
        }
        iterator it = lower_bound(year);
        if (it != points_.end() && it->first == year) return {it, false};
        it = points_.emplace(it, std::piecewise_construct, std::forward_as_tuple(year),
                             std::forward_as_tuple(std::forward<Args>(args)...));
        return {it, true};
    }
    template <typename... Args>
    std::pair<iterator, bool> emplace(int year, Args&&... args) {
        return try_emplace(year, std::forward<Args>(args)...);
    }
    T& operator[](int year) { return try_emplace(year).first->second; }

    void reserve(std::size_t years) { points_.reserve(years); }
    void clear() { points_.clear(); }
    iterator erase(const_iterator position) { return points_.erase(position); }

    bool empty() const { return points_.empty(); }
    std::size_t size() const { return points_.size(); }
    iterator begin() { return points_.begin(); }
    iterator end() { return points_.end(); }
    const_iterator begin() const { return points_.begin(); }
    const_iterator end() const { return points_.end(); }
    const_reverse_iterator rbegin() const { return points_.rbegin(); }
    const_reverse_iterator rend() const { return points_.rend(); }

    iterator lower_bound(int year) { return points_.begin() + position(year); }
    const_iterator lower_bound(int year) const { return points_.begin() + position(year); }
    const_iterator upper_bound(int year) const {
        return std::upper_bound(points_.begin(), points_.end(), year,
                                [](int y, const value_type& point) { return y < point.first; });
    }
    iterator find(int year) {
        iterator it = lower_bound(year);
        return it != points_.end() && it->first == year ? it : points_.end();
    }
    const_iterator find(int year) const {
        const_iterator it = lower_bound(year);
        return it != points_.end() && it->first == year ? it : points_.end();
    }
    std::size_t count(int year) const { return find(year) != points_.end() ? 1 : 0; }
    bool contains(int year) const { return find(year) != points_.end(); }
    // As std::map::at: asking for an absent year is a bug in the caller, not bad input.
    T& at(int year) { return checked(find(year)); }
    const T& at(int year) const { return checked(find(year)); }

private:
    std::ptrdiff_t position(int year) const {
        return std::lower_bound(points_.begin(), points_.end(), year,
                                [](const value_type& point, int y) { return point.first < y; }) -
               points_.begin();
    }
    template <typename Iterator>
    auto& checked(Iterator it) const {
        if (it == points_.end()) throw std::out_of_range("YearMap::at: no value for the year");
        return it->second;
    }

    std::vector<value_type> points_;
};

}  // namespace chitieu
