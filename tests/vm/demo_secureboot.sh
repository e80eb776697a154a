#!/bin/bash
# make demo FIRMWARE=secureboot as a test (demo_pxe.sh).
exec bash "$(dirname "$0")/demo_pxe.sh" secureboot
