#ifndef TEND_CZLIB_SHIM_H
#define TEND_CZLIB_SHIM_H
#include <zlib.h>
#endif
