# bench/large/gen.awk — a monitoring series for the large-data group:
#   awk -v n=1000000 [-v kind=number|date] -f gen.awk > FILE.csv
# kind=number: x is seconds since the start (0, 60, 120, …: one reading a
# minute); kind=date: x is the day "YYYY-MM-DD" (one reading a day, from
# 1900-01-01, for n up to ~40,000 years is not meaningful: use n ≤ 50000).
# y is a deterministic random walk with a daily cycle and rare spikes, with
# 3 decimals, so every tool reads the same numbers.
BEGIN {
    if (kind == "") kind = "number"
    srand(19)
    print (kind == "date" ? "日期" : "时间") ",指数"
    v = 50
    split("31 28 31 30 31 30 31 31 30 31 30 31", ml, " ")
    y = 1900; m = 1; d = 1
    for (i = 0; i < n; i++) {
        v += (rand() - 0.5) * 0.8
        if (v < 5) v = 5 + rand()
        if (v > 95) v = 95 - rand()
        s = v + 8 * sin(i * 6.283185307 / 1440) + (rand() < 0.0005 ? 40 * rand() : 0)
        if (kind == "date") {
            printf "%04d-%02d-%02d,%.3f\n", y, m, d, s
            leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
            if (++d > ml[m] + (m == 2 && leap)) { d = 1; if (++m > 12) { m = 1; y++ } }
        } else {
            printf "%d,%.3f\n", i * 60, s
        }
    }
}
