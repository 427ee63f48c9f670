import { readCsv } from './csv';
import { readGeoJson } from './geojson';
import { readGpx } from './gpx';
import { planJobs, type ReadJob } from './group-files';
import { readKml, readKmz } from './kml';
import { Pacer } from './pacer';
import { readShapefile } from './shapefile';
import { ReadError, type InputFile, type ParsedLayer, type ReadOptions } from './types';

export { ACCEPTED_FORMATS } from './group-files';

/**
 * Reads dropped files into layers, in their own CRS (convert with `toWgs84`). Groups a shapefile's
 * .shp/.shx/.dbf/.prj/.cpg by stem, expands zips (folders and several shapefiles inside are fine),
 * detects the format by extension and content, reports progress and stops with an AbortError when
 * `options.signal` is aborted. Rejects with the first ReadError when any file cannot be read at all
 * (use `readFilesSettled` to keep the layers that could).
 */
export async function readFiles(files: InputFile[], options: ReadOptions = {}): Promise<ParsedLayer[]> {
  const { layers, errors } = await readFilesSettled(files, options);
  if (errors.length) throw errors[0];
  return layers;
}

/** Like `readFiles`, but returns the layers that could be read together with the files' errors. */
export async function readFilesSettled(
  files: InputFile[],
  options: ReadOptions = {},
): Promise<{ layers: ParsedLayer[]; errors: ReadError[] }> {
  const pacer = Pacer.create(options.signal, options.onProgress);
  pacer.check();
  pacer.report(0, true);
  const { jobs, errors, warnings } = planJobs(files);
  const total = jobs.reduce((n, j) => n + j.size, 0) || 1;
  const layers: ParsedLayer[] = [];
  let done = 0;
  for (const job of jobs) {
    const part = pacer.sub(done / total, (done + job.size) / total);
    done += job.size;
    try {
      layers.push(...(await runJob(job, options, part)));
    } catch (error) {
      if (error instanceof Error && error.name === 'AbortError') throw error;
      errors.push(asReadError(error, job));
    }
    await pacer.pause(done / total);
  }
  // Zip-level notes (skipped READMEs …) go with the first layer; there is no better owner.
  if (layers.length && warnings.length) layers[0] = { ...layers[0], warnings: [...warnings, ...layers[0].warnings] };
  pacer.report(1, true);
  return { layers, errors };
}

async function runJob(job: ReadJob, options: ReadOptions, pacer: Pacer): Promise<ParsedLayer[]> {
  switch (job.kind) {
    case 'shapefile':
      return [await readShapefile(job.group, options.encoding, pacer)];
    case 'geojson':
      return [await readGeoJson(job.file, pacer, options.encoding)];
    case 'csv':
      return [await readCsv(job.file, options, pacer)];
    case 'kml':
      return [await readKml(job.file, pacer, options.encoding)];
    case 'kmz':
      return readKmz(job.file, pacer, options.encoding);
    case 'gpx':
      return [await readGpx(job.file, pacer, options.encoding)];
  }
}

/** Any failure of a reader becomes a ReadError naming the file: no RangeError reaches the caller. */
function asReadError(error: unknown, job: ReadJob): ReadError {
  if (error instanceof ReadError) return error;
  const file = job.kind === 'shapefile' ? (job.group.shp ?? job.group.dbf)!.name : job.file.name;
  return new ReadError(file, `could not be read: ${error instanceof Error ? error.message : String(error)}`);
}
