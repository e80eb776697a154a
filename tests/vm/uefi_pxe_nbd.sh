#!/bin/bash
# uefi_pxe.sh with aoe.mode=nbd: the NBD bridge under UEFI.
exec bash "$(dirname "$0")/uefi_pxe.sh" nbd
