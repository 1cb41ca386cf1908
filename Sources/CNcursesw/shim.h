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
#endif
