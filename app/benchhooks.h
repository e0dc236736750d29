#pragma once

class QQmlApplicationEngine;

namespace qujat {

// Measurements for bench/scale.cpp, active only when the environment
// variable QUJAT_BENCH is set (the app behaves as usual otherwise):
//   - prints "bench first-frame-ms N" at the first frame swapped, counted
//     from the start of main();
//   - with QUJAT_BENCH_SECTION=KEY, then opens that section, scrolls every
//     list on the page to its end one screen at a time, and prints the
//     scroll figures, the image files QML asked for (stored page files
//     versus thumbnails) and the peak resident memory, then quits.
void installBenchmarkHooks(QQmlApplicationEngine *engine);

// Call first thing in main(): the clock for "first-frame-ms".
void startBenchmarkClock();

} // namespace qujat
