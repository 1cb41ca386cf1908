#ifndef TEND_CNCURSESW_SHIM_H
#define TEND_CNCURSESW_SHIM_H
// Wide-character ncurses needs these before the header, or cchar_t and wget_wch are missing.
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// wcwidth is what ncursesw advances the cursor by; Glibc's Swift module does not export it.
int wcwidth(wchar_t c);

// Macros and C globals that Swift cannot import (or that Swift 6 concurrency rejects).
static inline WINDOW *tend_stdscr(void) { return stdscr; }
static inline int tend_lines(void) { return LINES; }
static inline int tend_cols(void) { return COLS; }
static inline int tend_colors(void) { return COLORS; }
static inline int tend_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t tend_a_bold(void) { return A_BOLD; }
static inline attr_t tend_a_underline(void) { return A_UNDERLINE; }
static inline attr_t tend_a_reverse(void) { return A_REVERSE; }
static inline attr_t tend_a_dim(void) { return A_DIM; }
static inline attr_t tend_a_normal(void) { return A_NORMAL; }
static inline int tend_key_f(int n) { return KEY_F(n); }
#endif
