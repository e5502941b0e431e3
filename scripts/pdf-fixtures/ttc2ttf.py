#!/usr/bin/env python3
"""Splits the first face out of a TrueType collection (.ttc) into a standalone .ttf, so that PdfPig's
PdfDocumentBuilder (which takes TrueType fonts only) can embed it: ttc2ttf.py IN.ttc OUT.ttf"""
import struct
import sys

data = open(sys.argv[1], 'rb').read()
assert data[:4] == b'ttcf', 'not a TrueType collection'
offset = struct.unpack('>I', data[12:16])[0]
num_tables = struct.unpack('>H', data[offset + 4:offset + 6])[0]
records = [struct.unpack('>4sIII', data[offset + 12 + 16 * i:offset + 28 + 16 * i]) for i in range(num_tables)]
out = bytearray(data[offset:offset + 12])
position = 12 + 16 * num_tables
body = bytearray()
directory = bytearray()
for tag, checksum, table_offset, length in records:
    directory += struct.pack('>4sIII', tag, checksum, position + len(body), length)
    body += data[table_offset:table_offset + length]
    body += b'\0' * (-len(body) % 4)
open(sys.argv[2], 'wb').write(out + directory + body)
