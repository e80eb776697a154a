#!/bin/bash
# sanboot_dracut.sh itools (see there).
exec bash "$(dirname "$0")/sanboot_dracut.sh" itools
