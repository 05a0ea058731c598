/* layouts/timeline.h — dated milestones (大事记) along a line. Horizontal:
 * events evenly spaced on an axis, their labels (the date in bold, the
 * text wrapped) alternately above and below, each label at most two slots
 * wide, so labels on one side never overlap (when a label cannot be that
 * narrow — a long date or word in a narrow box — the events go down).
 * Vertical: the dates in a column left of the line, the texts wrapped
 * right of it, one row per event. Events are drawn in the order given (bind/ sorts them by date). */
#ifndef TJ_LAYOUTS_TIMELINE_H
#define TJ_LAYOUTS_TIMELINE_H

#include <glib.h>
#include "core/error.h"
#include "data/date.h"
#include "fonts/measure.h"
#include "layouts/block.h"
#include "layouts/theme.h"
#include "scene/scene.h"

#define TJ_TIMELINE_MAX_EVENTS 60
#define TJ_TIMELINE_MAX_ACROSS 6   /* auto: horizontal up to this many */

typedef enum { TJ_TIMELINE_AUTO, TJ_TIMELINE_HORIZONTAL, TJ_TIMELINE_VERTICAL } TjTimelineDir;

typedef struct {
    TjDate date;
    const char *when;    /* the date as drawn ("2021年1月10日") */
    const char *text;    /* the event */
} TjTimelineEvent;

typedef struct {
    double width, height;           /* px; laid out at (0, 0) */
    const TjTimelineEvent *events;  /* not owned */
    guint n_events;
    TjTimelineDir direction;
    const char *title, *subtitle, *source;
    TjSrcLoc loc;
} TjTimelineSpec;

void tj_timeline_spec_init(TjTimelineSpec *spec);
/* The direction drawn: AUTO is horizontal up to TJ_TIMELINE_MAX_ACROSS
 * events, else vertical. */
TjTimelineDir tj_timeline_direction(const TjTimelineSpec *spec);
/* FALSE (TJ_ERROR_INPUT at spec->loc) with no events, more than
 * TJ_TIMELINE_MAX_EVENTS, or texts beyond TJ_TEXT_MAX_CHARS. */
gboolean tj_timeline_check(const TjTimelineSpec *spec, GError **error);
gboolean tj_layout_timeline(TjScene *s, const TjTimelineSpec *spec, const TjTheme *th,
                            const TjMeasurer *m, GError **error);
/* The height it needs at @width. */
double tj_timeline_height(const TjTimelineSpec *spec, double width, const TjTheme *th,
                          const TjMeasurer *m);
/* "时间轴：…。共5个事件，从2021年1月到2021年12月：2021年1月，…；…。"
 * (transfer full) */
char *tj_alt_timeline(const TjTimelineSpec *spec);

extern const TjBlockOps tj_timeline_block_ops;

#endif
