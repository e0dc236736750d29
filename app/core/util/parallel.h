#pragma once

#include <algorithm>
#include <future>
#include <thread>
#include <vector>

namespace qujat {

// Runs `work(begin, end)` over the rows [0, count) in up to four bands, one
// of them on the calling thread and the others on their own threads. Each
// band must only write its own rows. Bands have at least `minRowsPerBand`
// rows, so that small jobs stay on one thread, where starting threads would
// cost more than it saves.
template<typename Work>
void forEachRowBand(int count, Work work, int minRowsPerBand = 128)
{
    const int cores = int(std::max(1u, std::thread::hardware_concurrency()));
    const int bands = std::clamp(count / std::max(1, minRowsPerBand), 1, std::min(4, cores));
    if (bands == 1) {
        work(0, count);
        return;
    }
    std::vector<std::future<void>> others;
    const auto bandStart = [count, bands](int band) { return int(static_cast<long long>(count) * band / bands); };
    for (int band = 1; band < bands; ++band)
        others.push_back(std::async(std::launch::async, work, bandStart(band), bandStart(band + 1)));
    work(0, bandStart(1));
    for (std::future<void> &other : others)
        other.get();
}

} // namespace qujat
