/* bench/tools/rounds.c — whole-process timer for make bench.
 *
 *   rounds PLAN RAW.tsv LOG
 *
 * PLAN has one command a line: GROUP <tab> ROUNDS <tab> WARMUP <tab> LABEL
 * <tab> COMMAND ('#' lines and blank lines are skipped). Consecutive lines
 * of one GROUP are run round-robin: WARMUP uncounted rounds, then ROUNDS
 * counted ones, the order reversed every other round (A B C, C B A, …) so a
 * machine that speeds up or slows down during a round favours nobody. Every
 * run is timed from fork to reap (CLOCK_MONOTONIC); user and system time and
 * the peak resident set come from wait4() — for a shell pipeline, the
 * largest single process among those it waited for.
 *
 * COMMAND is split into words like a shell would for quotes ('…', "…") and
 * backslashes, nothing more; write `sh -c '…'` for pipes. Its stdin is
 * /dev/null, stdout and stderr are appended to LOG.
 *
 * RAW.tsv gets one row per counted run:
 *   run GROUP ROUND LABEL WALL_S USER_S SYS_S PEAK_KIB EXIT
 * and one row per group with the machine's state while it ran:
 *   load GROUP LOADAVG1_START LOADAVG1_END OTHER_CORES WALL_S
 * where OTHER_CORES is the CPU time the whole machine spent busy (from
 * /proc/stat) minus what our own commands used, per second of the group:
 * the load that other tenants put on the cores while we measured. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define MAX_MEMBERS 32
#define MAX_WORDS 128

typedef struct {
    char group[128], label[64];
    int rounds, warmup;
    char *argv[MAX_WORDS + 1];
} Member;

typedef struct {
    double wall, user, sys;
    long peak_kib;
    int status;
} Sample;

static int log_fd = -1;

static double
now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* Splits @line in place into words; returns their count or -1. */
static int
split_words(char *line, char **words, int max)
{
    int n = 0;
    char *src = line, *dst = line;
    while (*src) {
        while (*src == ' ')
            src++;
        if (!*src)
            break;
        if (n == max)
            return -1;
        words[n++] = dst;
        char quote = 0;
        for (; *src && (quote || *src != ' '); src++) {
            if (quote && *src == quote)
                quote = 0;
            else if (!quote && (*src == '\'' || *src == '"'))
                quote = *src;
            else if (*src == '\\' && quote != '\'' && src[1])
                *dst++ = *++src;
            else
                *dst++ = *src;
        }
        if (quote)
            return -1;
        if (*src)
            src++;
        *dst++ = '\0';
    }
    words[n] = NULL;
    return n;
}

static Sample
run(char *const *argv)
{
    Sample s = { 0 };
    double t0 = now();
    pid_t pid = fork();
    if (pid == 0) {
        int in = open("/dev/null", O_RDONLY);
        dup2(in, 0);
        dup2(log_fd, 1);
        dup2(log_fd, 2);
        execvp(argv[0], argv);
        dprintf(2, "rounds: cannot run %s: %s\n", argv[0], strerror(errno));
        _exit(127);
    }
    struct rusage ru;
    int status = 0;
    if (pid < 0 || wait4(pid, &status, 0, &ru) < 0) {
        perror("rounds: fork/wait4");
        exit(2);
    }
    s.wall = now() - t0;
    s.user = ru.ru_utime.tv_sec + ru.ru_utime.tv_usec * 1e-6;
    s.sys = ru.ru_stime.tv_sec + ru.ru_stime.tv_usec * 1e-6;
    s.peak_kib = ru.ru_maxrss;
    s.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return s;
}

/* Seconds the whole machine has been busy (all cores), from /proc/stat. */
static double
machine_busy(void)
{
    FILE *f = fopen("/proc/stat", "r");
    unsigned long long v[10] = { 0 };
    if (!f)
        return 0;
    int n = fscanf(f, "cpu %llu %llu %llu %llu %llu %llu %llu %llu %llu %llu", &v[0], &v[1],
                   &v[2], &v[3], &v[4], &v[5], &v[6], &v[7], &v[8], &v[9]);
    fclose(f);
    if (n < 8)
        return 0;
    /* user nice system [idle iowait] irq softirq steal */
    unsigned long long busy = v[0] + v[1] + v[2] + v[5] + v[6] + v[7];
    return (double)busy / sysconf(_SC_CLK_TCK);
}

static double
loadavg1(void)
{
    double l = -1;
    FILE *f = fopen("/proc/loadavg", "r");
    if (f) {
        if (fscanf(f, "%lf", &l) != 1)
            l = -1;
        fclose(f);
    }
    return l;
}

static void
run_group(Member *m, int n, FILE *raw)
{
    double load0 = loadavg1(), busy0 = machine_busy(), t0 = now(), ours = 0;
    int rounds = m[0].rounds, warmup = m[0].warmup, bad = 0;
    for (int r = -warmup; r < rounds; r++) {
        for (int k = 0; k < n; k++) {
            int i = (r & 1) ? n - 1 - k : k;
            Sample s = run(m[i].argv);
            ours += s.user + s.sys;
            if (r < 0)
                continue;
            bad += s.status != 0;
            fprintf(raw, "run\t%s\t%d\t%s\t%.6f\t%.6f\t%.6f\t%ld\t%d\n", m[i].group, r,
                    m[i].label, s.wall, s.user, s.sys, s.peak_kib, s.status);
        }
        fflush(raw);
    }
    double wall = now() - t0;
    double other = (machine_busy() - busy0 - ours) / wall;
    fprintf(raw, "load\t%s\t%.2f\t%.2f\t%.2f\t%.3f\n", m[0].group, load0, loadavg1(),
            other < 0 ? 0 : other, wall);
    fflush(raw);
    printf("  %-28s %2d × %-2d %6.1f s  load %.2f  other tenants %.2f cores%s\n", m[0].group,
           n, rounds, wall, load0, other < 0 ? 0 : other, bad ? "  SOME RUNS FAILED" : "");
    fflush(stdout);
}

int
main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: rounds PLAN RAW.tsv LOG\n");
        return 2;
    }
    FILE *plan = fopen(argv[1], "r");
    FILE *raw = fopen(argv[2], "a");
    log_fd = open(argv[3], O_WRONLY | O_CREAT | O_APPEND, 0644);
    if (!plan || !raw || log_fd < 0) {
        perror("rounds");
        return 2;
    }
    Member members[MAX_MEMBERS];
    int n = 0, lineno = 0;
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    while ((len = getline(&line, &cap, plan)) >= 0) {
        lineno++;
        if (len && line[len - 1] == '\n')
            line[--len] = '\0';
        if (!*line || *line == '#')
            continue;
        char *f[5], *save = NULL;
        f[0] = strtok_r(line, "\t", &save);
        for (int i = 1; i < 5; i++)
            f[i] = strtok_r(NULL, i == 4 ? "" : "\t", &save);
        if (!f[4]) {
            fprintf(stderr, "rounds: %s:%d: expected 5 tab-separated fields\n", argv[1], lineno);
            return 2;
        }
        if (n > 0 && strcmp(members[0].group, f[0]) != 0) {
            run_group(members, n, raw);
            n = 0;
        }
        if (n == MAX_MEMBERS) {
            fprintf(stderr, "rounds: %s:%d: too many commands in a group\n", argv[1], lineno);
            return 2;
        }
        Member *m = &members[n];
        snprintf(m->group, sizeof m->group, "%s", f[0]);
        snprintf(m->label, sizeof m->label, "%s", f[3]);
        m->rounds = atoi(f[1]);
        m->warmup = atoi(f[2]);
        if (split_words(strdup(f[4]), m->argv, MAX_WORDS) <= 0) {
            fprintf(stderr, "rounds: %s:%d: cannot split the command\n", argv[1], lineno);
            return 2;
        }
        n++;
    }
    if (n > 0)
        run_group(members, n, raw);
    free(line);
    fclose(raw);
    return 0;
}
