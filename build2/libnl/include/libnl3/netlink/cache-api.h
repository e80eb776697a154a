/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Copyright (c) 2013 Thomas Graf <tgraf@suug.ch>
 */

#ifndef NETLINK_DUMMY_CACHE_API_H_
#define NETLINK_DUMMY_CACHE_API_H_

#include <netlink/netlink.h>
#include <netlink/cache.h>

#warning "You are including a deprecated header file, include <netlink/cache.h>."

#endif
