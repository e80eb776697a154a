#!/bin/bash
# sanboot_dracut.sh abft (see there).
exec bash "$(dirname "$0")/sanboot_dracut.sh" abft
