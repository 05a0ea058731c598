/* extract/extract-private.h — what the files of extract/ share.
 *
 * The report is held as one array of characters (code points) with each
 * one's line and column, so every rule works on characters, never bytes,
 * and every row points back to its place. @c is the text the rules read
 * (traditional characters converted to simplified, full-width digits and
 * signs folded to ASCII); @u is the text as the file has it (shown in the
 * 来源 column). Files: text.c (decoding, conversion, the array),
 * lexicon.c (word lists), scan.c (figures in a sentence), name.c (names,
 * changes), context.c (sections, period, type), extract.c (the public
 * API and the run), write.c (CSV and YAML). */
#ifndef TJ_EXTRACT_PRIVATE_H
#define TJ_EXTRACT_PRIVATE_H

#include <glib.h>
#include "tujie/tujie.h"

typedef struct {
    gunichar *c;       /* folded text the rules read */
    gunichar *u;       /* the file's own characters */
    guint32 *line;     /* line of each character, from 1 */
    guint32 *col;      /* column, from 1 */
    gsize n;
    const char *encoding;
    gboolean converted;/* traditional characters were converted */
    gboolean no_converter; /* OpenCC could not be loaded */
} TjExText;

/* text.c: fills @t from decoded UTF-8 @utf8 (converted with OpenCC t2s
 * line by line when available). FALSE with an error when the converter
 * fails on a line. */
gboolean tj__ex_text_init(TjExText *t, const char *utf8, gsize len, GError **error);
void tj__ex_text_clear(TjExText *t);
/* (transfer full) the folded text [a, b) as UTF-8. */
char *tj__ex_text_utf8(const TjExText *t, gsize a, gsize b);
/* (transfer full) the file's own text [a, b) as UTF-8. */
char *tj__ex_text_orig(const TjExText *t, gsize a, gsize b);

/* ---- lexicon.c ---------------------------------------------------- */
typedef enum {
    TJ_EX_WORD_UNIT,      /* 亿元 个 平方米 … */
    TJ_EX_WORD_PREFIX,    /* qualifiers before a number: 约 近 不超过 … */
    TJ_EX_WORD_SUFFIX,    /* after: 左右 以上 以下 以内 */
    TJ_EX_WORD_UP,        /* change verbs, up: 增长 提高 … */
    TJ_EX_WORD_DOWN,      /* down: 下降 回落 … */
    TJ_EX_WORD_LINK,      /* between a name and its figure: 为 达到 … */
    TJ_EX_WORD_SCOPE,     /* before a name, not of it: 全年 全区 其中 … */
    TJ_EX_WORD_START,     /* achievement verbs a name never starts with */
    TJ_EX_WORD_VERB,      /* action verbs: 新建 拆除 举办 … */
    TJ_EX_WORD_PRED,      /* what ends a noun after a figure: 全部 实现 … */
    TJ_EX_WORD_COMPARE,   /* 同比 比上年 较上年 … */
    TJ_EX_WORD_META,      /* nouns counted that are not indicators */
    TJ_EX_WORD_DATE,      /* units that make a date or a name: 年 月 日 号 … */
    TJ_EX_WORD_TARGET,    /* cues of a target: 预期目标 力争 … */
    TJ_EX_WORD_TIME,      /* time words of parallel clauses: 一季度 上半年 */
    TJ_EX_WORD_N
} TjExWordKind;

/* Length (characters) of the longest word of @kind at @c[i] (within
 * [i, end)), 0 when none; *word (may be NULL) gets it (static UTF-8). */
gsize tj__ex_match(TjExWordKind kind, const gunichar *c, gsize i, gsize end,
                   const char **word);
/* Length of the longest word of @kind ending at @c[end] (exclusive) and
 * starting at or after @start. */
gsize tj__ex_match_end(TjExWordKind kind, const gunichar *c, gsize start,
                       gsize end, const char **word);
/* Sentence end (。！？；), clause mark (，,、：:) or space. */
gboolean tj__ex_is_stop(gunichar ch);
gboolean tj__ex_is_clause_mark(gunichar ch);
gboolean tj__ex_is_han(gunichar ch);
/* A clause mark, "、" or a space: what lies between a name and its figure. */
gboolean tj__ex_is_gap(gunichar ch);

/* ---- scan.c -------------------------------------------------------- */
typedef enum {
    TJ_EX_OK,             /* a figure */
    TJ_EX_DATE,           /* 2020年, 28日, 17:53 */
    TJ_EX_ORDINAL,        /* 第一, 第7届 */
    TJ_EX_RANGE,          /* 3%—5%, 1-2个 */
    TJ_EX_RATIO,          /* 1∶1.2 */
    TJ_EX_CODE,           /* 5G, 1+4, C2, 12345热线, 53号院, 4.0版 */
    TJ_EX_META,           /* 38章, 3项主要指标, 3次会议 */
    TJ_EX_PART_OF_NAME,   /* 500米服务半径覆盖率 */
    TJ_EX_UNKNOWN         /* a number with no unit the rules know */
} TjExVerdict;

typedef struct {
    gsize start, end;     /* the number's characters [start, end) */
    gsize full_start;     /* with a prefix qualifier */
    gsize full_end;       /* through unit and suffix qualifier */
    char *value;          /* "2954.7" (ASCII), or "6" for 百分之六 */
    char *unit;           /* "亿元", "%", "万平方米", "" */
    const char *prefix;   /* 约 不超过 …, or NULL */
    const char *suffix;   /* 余 左右 以上 …, or NULL */
    gboolean percent;     /* unit is % or 个百分点 (a change may be) */
    gboolean chinese;     /* written in Chinese numerals */
    TjExVerdict verdict;
} TjExFigure;

/* Finds every number in [a, b) of @t and classifies it. Returns: (transfer
 * full) an array of TjExFigure, cleared with tj__ex_figure_clear. */
GArray *tj__ex_scan(const TjExText *t, gsize a, gsize b);
void tj__ex_figure_clear(TjExFigure *f);

/* ---- rows ----------------------------------------------------------- */
typedef struct {
    char *name;           /* 指标, "" when not found */
    char *value;          /* 数值 */
    char *unit;           /* 单位 */
    char *qual;           /* 限定 */
    char *change;         /* 变化: "+0.2%", "-1.2个百分点", "" */
    char *period;         /* 时期 */
    const char *kind;     /* 类型: 实绩 目标 累计 */
    guint line, col;      /* of the figure */
    char *sentence;       /* the sentence as the file has it */
    char *note;           /* 备注 */
    GString *why;         /* --explain */
} TjExRow;

void tj__ex_row_free(TjExRow *row);

/* ---- context.c ----------------------------------------------------- */
typedef enum { TJ_EX_MODE_NONE, TJ_EX_MODE_REVIEW, TJ_EX_MODE_TARGET } TjExMode;

typedef struct {
    TjExMode mode;
    int year;             /* from the headings; 0: none */
    int doc_year;         /* the first year of a text without headings */
    gboolean parts;       /* a heading of the first level was seen */
} TjExContext;

/* TRUE when the line [a, b) is a heading; updates @ctx from it. */
gboolean tj__ex_heading(const TjExText *t, gsize a, gsize b, TjExContext *ctx);
/* The year written nearest before @pos in [a, pos) ("2020年"), or 0. */
int tj__ex_year_before(const TjExText *t, gsize a, gsize pos);
/* Sets row->period and row->kind for a figure at @pos of sentence [a,b). */
void tj__ex_period(const TjExText *t, const TjExContext *ctx, gsize a,
                   gsize pos, gboolean cumulative, TjExRow *row);

/* ---- name.c, rows.c ------------------------------------------------- */
typedef struct {
    const TjExText *t;
    const TjExContext *ctx;
    gsize a, b;          /* the sentence */
    gsize lo;            /* a name may start here */
    TjExRow *level;      /* the last level row a change may join */
    gsize level_end;
    GPtrArray *rows;
    const TjExRow *timed;/* last row whose name starts with a time word */
    gboolean tainted;    /* lo follows a number with no unit (lost text) */
    GPtrArray *levels;   /* rows of the sentence with a 数值 and no 变化 */
    const TjExRow *named;/* the sentence's last row with a name */
    guint8 *wb;          /* wb[i - a]: a word starts at i (clause.c) */
} TjExState;

/* name.c: sets row->name (or row->note) for figure @f whose name ends
 * before @pos (the figure, or its change verb); @after_ok: the noun after
 * a classifier may be the name. Returns where a later name may start. */
gsize tj__ex_find_name(TjExState *st, const TjExFigure *f, gsize pos,
                       gboolean after_ok, gboolean *cumulative, TjExRow *row);

/* name.c: strips scope words, achievement verbs, linking words,
 * comparisons and qualifiers off the ends of the name [*s, *e); sets
 * *cumulative (累计), *several (分别) and *qual (a qualifier at the end). */
void tj__ex_strip(const TjExState *st, gsize *s, gsize *e, gboolean *cumulative,
                  gboolean *several, const char **qual, GString *why);

/* elided.c: a count of people named by the verb before it that opens
 * its clause (累计培训2.6万人次 → 培训): the verb's start, or 0; sets
 * *cumulative after 累计. */
gsize tj__ex_people_verb(const TjExState *st, const TjExFigure *f, gsize s, gsize e,
                         gboolean *cumulative);
/* elided.c: [s, e) is a bare 新增/净增 or change verb and the sentence's
 * previous named figure has @f's unit: that verb and name (新增97家 after
 * 工业企业1126家 → 新增工业企业), else NULL. (transfer full) */
char *tj__ex_elided_count(const TjExState *st, const TjExFigure *f, gsize s, gsize e);
/* elided.c: is [s, e) 增幅, 增速, 涨幅 or 降幅 alone (whose is before it)? */
gboolean tj__ex_property_noun(const TjExText *t, gsize s, gsize e);

/* several.c: "A、B、C分别…": the @k names the words before 分别 at @v
 * (from the clause's start) list, in order, a shared head word given to
 * each (宝华里、望坛整体签约率 → 宝华里整体签约率, 望坛整体签约率), or
 * NULL when they do not split into @k names. (transfer full) g_strfreev. */
char **tj__ex_several_names(const TjExState *st, gsize v, guint k, GString *why);

/* clause.c: word starts of [a, b] by segment/ (transfer full, g_free). */
guint8 *tj__ex_words(const TjExText *t, gsize a, gsize b);
/* Does a word start at @i (the sentence's ends always do)? */
gboolean tj__ex_word_start(const TjExState *st, gsize i);
/* Is @i inside (not at the start of) a word of four or more characters
 * (an idiom, a fixed term: 义无反顾)? Shorter words are not trusted to
 * hide a word inside them. */
gboolean tj__ex_inside_long_word(const TjExState *st, gsize i);
/* Are [i, i + n) whole words of the sentence? */
gboolean tj__ex_whole_word(const TjExState *st, gsize i, gsize n);
/* Verbs that also end noun phrases (综合整治, 深度治理) at @q. */
gboolean tj__ex_nominal_verb(const TjExText *t, gsize q, gsize b);
/* The start of the last clause of [s, e) when its marks were lost or it
 * runs long: at an action verb that counts (not for a @rate, nor an
 * @attributive figure followed by 的), after a predicate, achievement verb
 * or scope word, or after 等 and a count. FALSE when there is none. */
gboolean tj__ex_last_clause(const TjExState *st, gsize s, gsize e, gboolean rate,
                            gboolean attributive, gsize *from, GString *why);

/* after.c: the noun after a figure from @p, in [*s, *e). NONE when nothing
 * noun-like follows; INTO_NUMBER when the words run into the next number
 * (punctuation lost); UNSURE for a list or a long run. */
typedef enum {
    TJ_EX_AFTER_NONE, TJ_EX_AFTER_FOUND, TJ_EX_AFTER_INTO_NUMBER, TJ_EX_AFTER_UNSURE
} TjExAfter;
TjExAfter tj__ex_after_name(const TjExState *st, gsize p, gsize *s, gsize *e);
/* after.c: the verb phrase after a count of people (实现就业), in [*s, *e). */
gboolean tj__ex_verb_phrase_after(const TjExState *st, const TjExFigure *f, gsize *s,
                                  gsize *e);

/* rows.c: turns the figures of sentence [a, b) into rows appended to
 * @rows. */
void tj__ex_sentence_rows(const TjExText *t, const TjExContext *ctx, gsize a,
                          gsize b, GArray *figs, GPtrArray *rows);

/* ---- the result ----------------------------------------------------- */
struct TjExtract {
    char *name;           /* file name as given */
    const char *encoding;
    gboolean converted;
    gboolean no_converter;
    GPtrArray *rows;      /* TjExRow */
    GArray *unread_lines; /* guint: lines with a number and no row */
    GPtrArray *unread_text;
};

/* write.c */
char *tj__ex_write_csv(const TjExtract *ex, gboolean explain);
char *tj__ex_write_yaml(const TjExtract *ex, gboolean explain);

#endif
