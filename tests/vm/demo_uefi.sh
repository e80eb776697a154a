#!/bin/bash
# make demo FIRMWARE=uefi as a test (demo_pxe.sh).
exec bash "$(dirname "$0")/demo_pxe.sh" uefi
