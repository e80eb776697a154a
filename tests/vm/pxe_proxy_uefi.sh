#!/bin/bash
# pxe_proxy.sh on UEFI firmware: OVMF's PXE client gets snponly.efi from the proxy.
exec bash "$(dirname "$0")/pxe_proxy.sh" uefi
