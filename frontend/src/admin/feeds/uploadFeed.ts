import { ApiError, networkProblem, problemFromResponse } from '../../api/problem';
import { feedMediaType, parseFeedJob, type FeedJob } from './feedJobs';

export interface FeedUpload {
  readonly feed: string;
  readonly file: File;
  readonly accessToken: string;
  /** Bytes sent so far, for the upload bar. */
  readonly onProgress: (loaded: number, total: number) => void;
}

/**
 * POST /api/admin/feeds with the file as the request body (the server streams it to disk). Uses
 * XMLHttpRequest, because fetch cannot report how much of a large file has been sent.
 */
export function uploadFeed({ feed, file, accessToken, onProgress }: FeedUpload): { done: Promise<FeedJob>; abort: () => void } {
  const request = new XMLHttpRequest();
  const params = new URLSearchParams({ feed, fileName: file.name });
  const done = new Promise<FeedJob>((resolve, reject) => {
    request.open('POST', `/api/admin/feeds?${params.toString()}`);
    request.setRequestHeader('Authorization', `Bearer ${accessToken}`);
    request.setRequestHeader('Accept', 'application/json, application/problem+json');
    request.setRequestHeader('Content-Type', feedMediaType(file.name) ?? (file.type || 'application/octet-stream'));
    request.upload.onprogress = (event) => onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
    request.onerror = () => reject(new ApiError('network', networkProblem()));
    request.onabort = () => reject(new DOMException('Upload aborted', 'AbortError'));
    request.onload = () => {
      if (request.status < 200 || request.status >= 300) {
        reject(new ApiError('http', problemFromResponse(request.status, request.statusText, request.getResponseHeader('Content-Type'), request.responseText)));
        return;
      }
      try {
        resolve(parseFeedJob(JSON.parse(request.responseText)));
      } catch (error) {
        reject(new ApiError('invalid-response', { type: 'about:blank', title: 'Invalid response', status: request.status, errors: [] }, { cause: error }));
      }
    };
    request.send(file);
  });
  return { done, abort: () => request.abort() };
}
