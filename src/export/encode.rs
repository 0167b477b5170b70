//! PNG encoding spread over the band threads, the way pigz spreads gzip:
//! each band of rows is deflated on its own thread into a piece of one zlib
//! stream that ends on a byte boundary (a sync flush), and the pieces are
//! joined in order. Bands are fixed, so the bytes do not depend on the
//! number of threads.

use zlib_rs::{Deflate, DeflateFlush, Status};

use super::{ExportError, raster};

/// Deflate level. Measured on the shoe store sample at scale 2 (12 million
/// pixels) on one core: level 3 writes 815 KB in 48 ms, level 4 785 KB in
/// 46-61 ms, level 5 757 KB in 69-81 ms. Level 1 of the png crate's
/// deflater wrote 1.28 MB.
const LEVEL: i32 = 4;

/// The zlib stream's header (RFC 1950): deflate with a 32 KiB window,
/// "fast" levels, and the check bits that make the pair a multiple of 31.
const ZLIB_HEADER: [u8; 2] = [0x78, 0x5e];

/// One band's rows, deflated.
pub struct Deflated {
    bytes: Vec<u8>,
    /// Adler-32 of the uncompressed rows, and their length, for the
    /// stream's checksum.
    adler: u32,
    len: u64,
}

/// Deflates bands of rendered pixels `width` wide into pieces of the PNG's
/// zlib stream, one band after another, reusing its memory from band to
/// band. Each rendering thread has one.
pub struct Bands {
    width: u32,
    deflate: Deflate,
    rows: Vec<u8>,
    out: Vec<u8>,
}

impl Bands {
    pub fn new(width: u32) -> Self {
        Self {
            width,
            deflate: Deflate::new(LEVEL, false, 15),
            rows: Vec::new(),
            out: Vec::new(),
        }
    }

    /// Deflates a band of premultiplied RGBA pixels.
    pub fn deflate(&mut self, pixels: &[u8]) -> Deflated {
        raster::scanlines(pixels, self.width, &mut self.rows);
        self.deflate.reset();
        let len = compress(
            &mut self.deflate,
            &self.rows,
            DeflateFlush::SyncFlush,
            &mut self.out,
        );
        Deflated {
            bytes: self.out[..len].to_vec(),
            adler: zlib_rs::adler32::adler32(1, &self.rows),
            len: self.rows.len() as u64,
        }
    }
}

/// Raw deflate of `data` into `out`, ended with `flush`: the length written.
fn compress(deflate: &mut Deflate, data: &[u8], flush: DeflateFlush, out: &mut Vec<u8>) -> usize {
    let bound = zlib_rs::compress_bound(data.len());
    if out.len() < bound {
        out.resize(bound, 0);
    }
    loop {
        let (read, written) = (deflate.total_in() as usize, deflate.total_out() as usize);
        match deflate.compress(&data[read..], &mut out[written..], flush) {
            Ok(Status::StreamEnd) => break,
            // All input taken and room to spare: the flush is complete.
            Ok(_)
                if deflate.total_in() as usize == data.len()
                    && (deflate.total_out() as usize) < out.len() =>
            {
                break;
            }
            Ok(_) => out.resize(out.len() * 2, 0),
            // Only a misuse of the stream fails; no input can.
            Err(e) => unreachable!("deflate: {e:?}"),
        }
    }
    deflate.total_out() as usize
}

/// An RGB PNG being written, its image data arriving band by band.
pub struct Png<'a> {
    writer: png::Writer<&'a mut Vec<u8>>,
    adler: u32,
    started: bool,
}

impl<'a> Png<'a> {
    /// Writes the header of an opaque RGB image, with no timestamps or other
    /// metadata, so equal pixels give equal bytes.
    pub fn new(bytes: &'a mut Vec<u8>, width: u32, height: u32) -> Result<Self, ExportError> {
        let mut encoder = png::Encoder::new(bytes, width, height);
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        Ok(Self {
            writer: encoder.write_header().map_err(encode_error)?,
            adler: 1,
            started: false,
        })
    }

    /// Adds `map`, the map's file, as a compressed text chunk ahead of the
    /// image data, where readers find it without decoding the image.
    pub fn carry(&mut self, map: &str) -> Result<(), ExportError> {
        let mut chunk = png::text_metadata::ITXtChunk::new(crate::carried::PNG_KEYWORD, map);
        chunk.compressed = true;
        self.writer.write_text_chunk(&chunk).map_err(encode_error)
    }

    /// Appends the next band.
    pub fn push(&mut self, band: &Deflated) -> Result<(), ExportError> {
        self.adler = zlib_rs::adler32::adler32_combine(self.adler, band.adler, band.len);
        if self.started {
            self.idat(&band.bytes)
        } else {
            self.started = true;
            self.idat(&[&ZLIB_HEADER[..], &band.bytes].concat())
        }
    }

    /// Ends the stream (an empty last block and the checksum) and the file.
    pub fn finish(mut self) -> Result<(), ExportError> {
        let mut end = Vec::new();
        let len = compress(
            &mut Deflate::new(LEVEL, false, 15),
            &[],
            DeflateFlush::Finish,
            &mut end,
        );
        end.truncate(len);
        end.extend(self.adler.to_be_bytes());
        self.idat(&end)?;
        self.writer.finish().map_err(encode_error)
    }

    fn idat(&mut self, data: &[u8]) -> Result<(), ExportError> {
        self.writer
            .write_chunk(png::chunk::IDAT, data)
            .map_err(encode_error)
    }
}

fn encode_error(e: impl std::fmt::Display) -> ExportError {
    ExportError::Encode(e.to_string())
}
