/* bench/tools/nofsync.c — LD_PRELOAD shim for profile.sh's what-if runs:
 * fsync and fdatasync return at once, to see what tujie's per-file
 * durability costs in a batch. Never for real use. */
int fsync(int fd);
int fdatasync(int fd);

int
fsync(int fd)
{
    (void)fd;
    return 0;
}

int
fdatasync(int fd)
{
    (void)fd;
    return 0;
}
