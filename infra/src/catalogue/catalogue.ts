import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { ASYNCAPI_PATH, asyncApiText } from './asyncapi-file';

// `npm run catalogue`: regenerates the AsyncAPI event catalogue from @hotelops/contracts.
writeFileSync(ASYNCAPI_PATH, asyncApiText());
console.log(`wrote ${relative(process.cwd(), ASYNCAPI_PATH)}`);
