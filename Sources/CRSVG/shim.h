#ifndef WAYMARK_CRSVG_SHIM_H
#define WAYMARK_CRSVG_SHIM_H
#include <librsvg/rsvg.h>
#include <cairo.h>
#endif
